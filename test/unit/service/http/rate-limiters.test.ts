import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { RateLimited } from '../../../../shared/errors/index.js';
import { createRateLimiters, defaultLimits, type Limits, type RateLimiters } from '../../../../service/http/rate-limiters.js';
import { openDatabase, type Db, type Engine } from '../../../../service/storage/database.js';
import { migrate } from '../../../../service/storage/migrate.js';
import { describeEachEngine, freshDatabaseUrl } from '../../../helpers/test-databases.js';

const limits: Limits = { ...defaultLimits, consentPerUser: { points: 3, duration: 60 } };

/** The error a refused hit throws, or undefined when the hit was counted. */
const refusal = (p: Promise<void>) => p.then(() => undefined, (err: unknown) => err);

/**
 * Two service instances on one database (docs/security.md B5): each has its own database handle and
 * its own limiters, as two processes would.
 */
describeEachEngine('createRateLimiters', (engine: Engine) => {
  let dbA: Db;
  let dbB: Db;
  let a: RateLimiters;
  let b: RateLimiters;

  beforeEach(async () => {
    const url = await freshDatabaseUrl(engine);
    dbA = openDatabase(url);
    await migrate(dbA);
    dbB = openDatabase(url);
    a = createRateLimiters(dbA, limits);
    b = createRateLimiters(dbB, limits);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await dbA.close();
    await dbB.close();
  });

  const counters = async () =>
    (await sql<{ key: string; points: number }>`select key, points from rate_limits order by key`.execute(dbA.kysely)).rows;

  it('refuses the hit past the limit with the seconds left in the window', async () => {
    for (let i = 0; i < 3; i++) await a.consume('consentPerUser', 'u1');
    const err = await refusal(a.consume('consentPerUser', 'u1'));
    expect(err).toBeInstanceOf(RateLimited);
    expect((err as RateLimited).retryAfterSeconds).toBeGreaterThan(55);
    expect((err as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts the hits of both instances against one limit', async () => {
    await a.consume('consentPerUser', 'u1');
    await b.consume('consentPerUser', 'u1');
    await a.consume('consentPerUser', 'u1');
    expect(await refusal(b.consume('consentPerUser', 'u1'))).toBeInstanceOf(RateLimited);
    expect(await refusal(a.consume('consentPerUser', 'u1'))).toBeInstanceOf(RateLimited);
    expect(await refusal(a.consume('consentPerUser', 'u2'))).toBeUndefined();
  });

  it('refuses in the other instance a key one instance filled, and reports it blocked in both', async () => {
    for (let i = 0; i < 3; i++) await a.consume('consentPerUser', 'u1');
    expect(await refusal(b.consume('consentPerUser', 'u1'))).toBeInstanceOf(RateLimited);
    expect(await a.blocked('consentPerUser', 'u1')).toBeGreaterThan(55);
    expect(await b.blocked('consentPerUser', 'u1')).toBeGreaterThan(55);
  });

  it('reports a key below its limit as not blocked, without counting a hit', async () => {
    await a.consume('consentPerUser', 'u1');
    await a.consume('consentPerUser', 'u1');
    expect(await a.blocked('consentPerUser', 'u1')).toBeUndefined();
    expect(await b.blocked('consentPerUser', 'u1')).toBeUndefined();
    expect(await a.blocked('consentPerUser', 'nobody')).toBeUndefined();
    expect(await counters()).toEqual([{ key: 'consentPerUser:u1', points: 2 }]);
  });

  it('refuses a filled key without another write, and accepts it in every instance once its window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 3; i++) await a.consume('consentPerUser', 'u1');
    for (let i = 0; i < 5; i++) expect(await refusal(a.consume('consentPerUser', 'u1'))).toBeInstanceOf(RateLimited);
    // Refused in memory: the database still holds the hits that filled the window, no more.
    expect(await counters()).toEqual([{ key: 'consentPerUser:u1', points: 3 }]);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await refusal(a.consume('consentPerUser', 'u1'))).toBeUndefined();
    expect(await refusal(b.consume('consentPerUser', 'u1'))).toBeUndefined();
    expect(await a.blocked('consentPerUser', 'u1')).toBeUndefined();
  });

  it('forgets a reset key', async () => {
    for (let i = 0; i < 3; i++) await a.consume('consentPerUser', 'u1');
    expect(await refusal(a.consume('consentPerUser', 'u1'))).toBeInstanceOf(RateLimited);
    await a.reset('consentPerUser', 'u1');
    expect(await a.blocked('consentPerUser', 'u1')).toBeUndefined();
    expect(await refusal(a.consume('consentPerUser', 'u1'))).toBeUndefined();
  });

  it('deletes counters an hour past their window every five minutes, and no other', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval'] });
    const swept = createRateLimiters(dbA, limits);
    await swept.consume('consentPerUser', 'old');
    vi.setSystemTime(Date.now() + 60_000 + 60 * 60_000 + 1_000);
    await swept.consume('consentPerUser', 'fresh');
    await swept.consume('loginPerIp', '192.0.2.1');
    vi.advanceTimersByTime(5 * 60_000);
    await vi.waitUntil(async () => (await counters()).length === 2, { interval: 20, timeout: 5_000 });
    expect((await counters()).map((c) => c.key)).toEqual(['consentPerUser:fresh', 'loginPerIp:192.0.2.1']);
  });
});
