import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Db, type Engine } from '../../service/storage/database.js';
import { migrate } from '../../service/storage/migrate.js';

/** Where PostgreSQL tests connect (an admin URL; each suite gets its own database). */
export const postgresUrl = process.env.TEST_DATABASE_URL;

let workerDir: string | undefined;

/** A fresh SQLite file in this test worker's temp folder, which is removed when the worker exits. */
export function sqliteUrl(): string {
  if (!workerDir) {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-test-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    workerDir = dir;
  }
  return `sqlite:${join(workerDir, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.db`)}`;
}

/** A fresh, empty PostgreSQL database on the test cluster. */
export async function freshPostgresUrl(): Promise<string> {
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freshDatabaseUrl(engine: Engine): Promise<string> {
  return engine === 'sqlite' ? sqliteUrl() : freshPostgresUrl();
}

export async function openMigrated(engine: Engine): Promise<Db> {
  const db = openDatabase(await freshDatabaseUrl(engine));
  await migrate(db);
  return db;
}

/**
 * Runs a contract suite once per engine: always on a real SQLite file, and on a real
 * PostgreSQL when TEST_DATABASE_URL is set (CI starts one); otherwise the PostgreSQL copy is
 * reported as skipped, by name.
 */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  if (postgresUrl) describe(`${name} [postgres]`, () => suite('postgres'));
  else describe.skip(`${name} [postgres] (skipped: TEST_DATABASE_URL not set)`, () => suite('postgres'));
}
