import type BetterSqlite from 'better-sqlite3';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimited } from '../../shared/errors/index.js';
import type { Db } from '../storage/database.js';
import { sqliteLimiterClient } from './sqlite-limiter-client.js';

/** Points per window (seconds) for every limited action; tests may raise them. */
export const defaultLimits = {
  loginPerIp: { points: 20, duration: 60 * 15 },
  loginPerUser: { points: 10, duration: 60 * 15 },
  tokenPerClientIp: { points: 600, duration: 60 },
  tokenFailuresPerClientIp: { points: 30, duration: 60 * 5 },
  introspectPerClientIp: { points: 1200, duration: 60 },
  publicLookupPerIp: { points: 300, duration: 60 },
  apiWritePerUser: { points: 120, duration: 60 },
  verificationCheckPerClient: { points: 5, duration: 60 * 10 },
  consentPerUser: { points: 60, duration: 60 },
};

export type LimitName = keyof typeof defaultLimits;
export type Limits = Record<LimitName, { points: number; duration: number }>;

/** Named limiters whose counters live in the database, shared by every service process. */
export interface RateLimiters {
  /** Counts one hit for `key`; throws RateLimited (429 + Retry-After) past the limit. */
  consume(name: LimitName, key: string, points?: number): Promise<void>;
  /** Whether `key` is currently over the limit, without counting a hit. */
  blocked(name: LimitName, key: string): Promise<number | undefined>;
  /** Forgets `key` (e.g. failures after a successful sign-in). */
  reset(name: LimitName, key: string): Promise<void>;
}

export function createRateLimiters(db: Db, limits: Limits = defaultLimits): RateLimiters {
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  const sqlite = db.engine === 'sqlite' ? sqliteLimiterClient(db.raw as BetterSqlite.Database) : undefined;
  for (const [name, l] of Object.entries(limits) as Array<[LimitName, Limits[LimitName]]>) {
    const common = {
      keyPrefix: name,
      points: l.points,
      duration: l.duration,
      tableName: 'rate_limits',
      tableCreated: true,
      // A front that refuses only what the database would refuse: once a consume in this
      // process brings a key to `points`, the library remembers the key until its window ends
      // (msBeforeNext), and a full window stays full until then. A flood past the limit thus
      // costs no database write per request; other processes count and refuse through the
      // database as before. reset() forgets the key here; another process may keep refusing it
      // until the window ends, which errs only on the strict side.
      inMemoryBlockOnConsumed: l.points,
      // One sweep for the shared table instead of one timer per limiter (see clearExpiredCounters).
      clearExpiredByTimeout: false,
    };
    limiters.set(
      name,
      sqlite
        ? new RateLimiterSQLite({ ...common, storeClient: sqlite, storeType: 'better-sqlite3' })
        : new RateLimiterPostgres({ ...common, storeClient: db.raw as pg.Pool, storeType: 'pool' }),
    );
  }
  clearExpiredCounters(limiters.values().next().value);
  const get = (name: LimitName) => limiters.get(name)!;
  return {
    async consume(name, key, points = 1) {
      try {
        await get(name).consume(key, points);
      } catch (err) {
        if (err instanceof RateLimiterRes) {
          throw new RateLimited('too many requests, try again later', err.msBeforeNext / 1000);
        }
        throw err;
      }
    },
    async blocked(name, key) {
      const res = await get(name).get(key);
      if (res && res.consumedPoints >= limits[name].points) return res.msBeforeNext / 1000;
      return undefined;
    },
    async reset(name, key) {
      await get(name).delete(key);
    },
  };
}

/** rate-limiter-flexible's schedule for its own sweep: every 5 minutes, rows an hour past expiry. */
const SWEEP_EVERY_MS = 5 * 60 * 1000;
const SWEEP_AFTER_MS = 60 * 60 * 1000;

/**
 * Deletes counters whose window ended more than an hour ago. An expired row already counts as
 * absent (every read and upsert checks `expire`), so this changes no limit; it keeps the table
 * to the keys seen lately, where it would otherwise keep a row for every client id and IP ever
 * claimed (attacker-chosen, counted before authentication). The library's own timer
 * (`clearExpiredByTimeout`) is off by default for SQLite, lets a failed SQLite sweep become an
 * unhandled rejection, and on PostgreSQL runs once per limiter over the same table. A failed
 * sweep (database closed or busy) is retried at the next tick; the timer never keeps the
 * process alive.
 */
function clearExpiredCounters(limiter: RateLimiterAbstract | undefined): void {
  const sweeper = limiter as unknown as { clearExpired(before: number): Promise<unknown> } | undefined;
  if (!sweeper) return;
  setInterval(() => {
    sweeper.clearExpired(Date.now() - SWEEP_AFTER_MS).catch(() => undefined);
  }, SWEEP_EVERY_MS).unref();
}
