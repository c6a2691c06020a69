import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase, type Engine } from '../../../service/storage/database.js';
import { migrate } from '../../../service/storage/migrate.js';
import { migrations } from '../../../service/storage/migrations/index.js';
import { describeEachEngine, freshDatabaseUrl, freshPostgresUrl, postgresUrl } from '../../helpers/test-databases.js';

// Cold starts of the CLI, several at once on a small machine.
vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../../bin/consentry.js', import.meta.url));
const run = promisify(execFile);
const names = migrations.map((m) => m.name).sort();

async function appliedRows(url: string): Promise<number> {
  const db = openDatabase(url);
  try {
    return (await db.kysely.selectFrom('consentry_migrations' as never).select('name' as never).execute()).length;
  } finally {
    await db.close();
  }
}

/**
 * Several processes starting at once on one empty database (docs/security.md RL14). Before the
 * lock came ahead of the migrations table, PostgreSQL failed some with `duplicate key value
 * violates unique constraint "pg_type_typname_nsp_index"`, and SQLite some with SQLITE_BUSY
 * (a deferred transaction that read first could not take the write lock).
 */
describeEachEngine('consentry migrate from 4 processes at once on one empty database', (engine: Engine) => {
  it('brings every process up and applies each migration exactly once', async () => {
    const url = await freshDatabaseUrl(engine);
    const runs = await Promise.all(
      [1, 2, 3, 4].map(() =>
        run('node', [bin, 'migrate'], { env: { ...process.env, DATABASE_URL: url } }).then(
          ({ stdout }) => ({ code: 0, applied: JSON.parse(stdout).applied as string[] }),
          (err: { code: number; stderr: string }) => ({ code: err.code, applied: [err.stderr] }),
        ),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs.flatMap((r) => r.applied).sort()).toEqual(names);
    expect(await appliedRows(url)).toBe(migrations.length);
  });
});

/**
 * The same race, many times over and tighter than process start-up allows: separate pools on
 * one PostgreSQL database, all migrating at once. (SQLite cannot be raced in one process: a
 * waiting writer's busy handler sleeps on the thread that the lock holder needs.)
 */
(postgresUrl ? describe : describe.skip)('migrating one empty PostgreSQL database from 6 pools at once, 4 rounds', () => {
  it('never fails a starter, and applies each migration exactly once', async () => {
    for (let round = 0; round < 4; round++) {
      const url = await freshPostgresUrl();
      const handles = Array.from({ length: 6 }, () => openDatabase(url));
      try {
        const results = await Promise.allSettled(handles.map((db) => migrate(db)));
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
        expect(results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])).sort()).toEqual(names);
      } finally {
        await Promise.all(handles.map((db) => db.close()));
      }
      expect(await appliedRows(url)).toBe(migrations.length);
    }
  });
});
