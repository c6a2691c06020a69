import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import { DurableSqliteDialect, WalSync } from './durable-sqlite-dialect.js';
import { createPostgresPool } from './postgres-pool.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** The database handle every store receives; `engine` lets a store pick engine-specific SQL. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** The raw driver handle, for libraries that need it (rate-limiter-flexible). */
  readonly raw: SQLite.Database | pg.Pool;
  ping(): Promise<void>;
  /** Writes one row (the meta key `write_probe`); rejects with the engine's error if it cannot. */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL: longest wait for a connection (DATABASE_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /** PostgreSQL: statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Where lost connections are reported. */
  logger?: Logger;
}

/** Timeouts when DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS are unset. */
export const DATABASE_TIMEOUT_DEFAULTS = { connectMs: 2000, statementMs: 5000 } as const;

/** The configured database (DATABASE_URL and the DATABASE_*_TIMEOUT_MS keys of the config). */
export function openConfiguredDatabase(
  config: { DATABASE_URL: string; DATABASE_CONNECT_TIMEOUT_MS: number; DATABASE_STATEMENT_TIMEOUT_MS: number },
  logger?: Logger,
): Db {
  return openDatabase(config.DATABASE_URL, {
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    logger,
  });
}

/** Open SQLite (WAL, busy timeout, foreign keys) or PostgreSQL from a DATABASE_URL. */
export function openDatabase(url: string, o: DatabaseOptions = {}): Db {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url, o);
}

/**
 * The database cannot be opened for writing (a missing directory that cannot be created, a
 * read-only file or file system): start-up stops with this one line instead of a stack trace.
 */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

/** Creates the directory and opens the file in WAL mode, or says in one line why it cannot. */
function openWritableSqlite(path: string, memory: boolean): SQLite.Database {
  let raw: SQLite.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    raw = new SQLite(path);
    // SQLite opens a file it may not write read-only, without an error; every write would fail.
    if (raw.readonly) throw Object.assign(new Error('the file or its file system is read-only'), { code: 'SQLITE_READONLY' });
    raw.pragma('journal_mode = WAL');
    return raw;
  } catch (err) {
    raw?.close();
    const e = err as { code?: unknown; message?: unknown };
    const code = typeof e.code === 'string' ? ` (${e.code})` : '';
    throw new DatabaseOpenError(`cannot open the SQLite database ${path}: ${String(e.message)}${code}${notWritable(path)}`, { cause: err });
  }
}

/**
 * SQLite says only "unable to open database file", and a recursive mkdir on a read-only file
 * system says ENOENT: name the nearest existing path that cannot be written, if there is one.
 */
function notWritable(path: string): string {
  let target = path;
  while (!existsSync(target) && dirname(target) !== target) target = dirname(target);
  try {
    accessSync(target, constants.W_OK);
    return '';
  } catch (err) {
    return `; ${target} is not writable (${(err as { code?: string }).code})`;
  }
}

function openSqlite(file: string): Db {
  const memory = file === ':memory:' || file === '';
  const path = memory ? ':memory:' : resolve(file);
  const raw = openWritableSqlite(path, memory);
  // A lost "code consumed" or "grant revoked" mark after power loss is a security bug
  // (docs/security.md RL3), so every write through Kysely is answered only after an fsync of the
  // WAL: NORMAL makes the commit itself a plain write(), and WalSync fsyncs off the event loop,
  // one fsync for every commit made meanwhile (group commit). Same power-loss guarantee as FULL
  // for what we acknowledge; writes outside Kysely (rate-limit counters through `raw`) get
  // NORMAL's: they survive kill -9, and a power loss may forget the last few counts.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const kysely = new Kysely<Database>({ dialect: new DurableSqliteDialect(raw, memory ? undefined : new WalSync(path)) });
  return {
    kysely,
    engine: 'sqlite',
    raw,
    async ping() {
      raw.prepare('select 1').get();
    },
    probeWrite: () => probeWrite(kysely),
    async close() {
      await kysely.destroy();
      // Kysely destroys only a driver that ran a query; the file must be closed either way.
      if (raw.open) raw.close();
    },
  };
}

function openPostgres(url: string, o: DatabaseOptions): Db {
  const { pool, kyselyPool } = createPostgresPool(url, {
    connectTimeoutMs: o.connectTimeoutMs ?? DATABASE_TIMEOUT_DEFAULTS.connectMs,
    statementTimeoutMs: o.statementTimeoutMs ?? DATABASE_TIMEOUT_DEFAULTS.statementMs,
    logger: o.logger,
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: kyselyPool }) });
  return {
    kysely,
    engine: 'postgres',
    raw: pool,
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    probeWrite: () => probeWrite(kysely),
    async close() {
      await kysely.destroy();
    },
  };
}

/**
 * One small write through the same path as every other (on SQLite: committed, then the WAL
 * fsync'd). A database that answers reads but refuses writes (disk full, read-only file or
 * server) fails it with the engine's code.
 */
async function probeWrite(kysely: Kysely<Database>): Promise<void> {
  await sql`insert into meta (key, value) values ('write_probe', ${String(Date.now())})
    on conflict (key) do update set value = excluded.value`.execute(kysely);
}
