import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiters, defaultLimits, type RateLimiters } from '../../../../service/http/rate-limiters.js';
import type { Db } from '../../../../service/storage/database.js';
import { openMigrated } from '../../../helpers/test-databases.js';

describe('rate limiters on SQLite (sqliteLimiterClient)', () => {
  let db: Db;
  let raw: SQLite.Database;
  let limiters: RateLimiters;

  beforeEach(async () => {
    db = await openMigrated('sqlite');
    raw = db.raw as SQLite.Database;
    limiters = createRateLimiters(db, { ...defaultLimits, consentPerUser: { points: 1000, duration: 60 } });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.close();
  });

  const counter = (key: string) => {
    // A second connection, as another process would read the file.
    const reader = new SQLite(raw.name, { readonly: true });
    try {
      return reader.prepare('select points from rate_limits where key = ?').get(key) as { points: number } | undefined;
    } finally {
      reader.close();
    }
  };

  it('prepares each statement once, however many keys are counted, read and reset', async () => {
    const prepare = vi.spyOn(raw, 'prepare');
    for (let i = 0; i < 50; i++) {
      await limiters.consume('consentPerUser', `u${i % 7}`);
      await limiters.blocked('tokenFailuresPerClientIp', `k${i % 5}`);
    }
    await limiters.reset('consentPerUser', 'u1');
    await limiters.reset('consentPerUser', 'u2');
    // The upsert, the read and the delete: one prepare each.
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(counter('consentPerUser:u0')).toEqual({ points: 8 });
    expect(counter('consentPerUser:u1')).toBeUndefined();
  });

  it('commits a hit made outside any transaction at once', async () => {
    await limiters.consume('consentPerUser', 'u1');
    expect(raw.inTransaction).toBe(false);
    expect(counter('consentPerUser:u1')).toEqual({ points: 1 });
  });

  it('counts inside an open Kysely transaction on the shared connection without ending it', async () => {
    const put = (key: string) => sql`insert into meta (key, value) values (${key}, 'v')`;
    const meta = async (key: string) => (await sql`select key from meta where key = ${key}`.execute(db.kysely)).rows;

    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await put('rolled-back').execute(trx);
        await limiters.consume('consentPerUser', 'u1');
        expect(raw.inTransaction).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await meta('rolled-back')).toEqual([]);

    await db.kysely.transaction().execute(async (trx) => {
      await put('committed').execute(trx);
      await limiters.consume('consentPerUser', 'u2');
      await put('after-the-hit').execute(trx);
    });
    expect(await meta('committed')).toHaveLength(1);
    expect(await meta('after-the-hit')).toHaveLength(1);
    expect(counter('consentPerUser:u2')).toEqual({ points: 1 });
  });
});
