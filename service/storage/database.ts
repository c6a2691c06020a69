import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DurableSqliteDialect, WalSync } from './durable-sqlite-dialect.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** The database handle every store receives; `engine` lets a store pick engine-specific SQL. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** The raw driver handle, for libraries that need it (rate-limiter-flexible). */
  readonly raw: SQLite.Database | pg.Pool;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** Open SQLite (WAL, busy timeout, foreign keys) or PostgreSQL from a DATABASE_URL. */
export function openDatabase(url: string): Db {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

function openSqlite(file: string): Db {
  const memory = file === ':memory:' || file === '';
  const path = memory ? ':memory:' : resolve(file);
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const raw = new SQLite(path);
  raw.pragma('journal_mode = WAL');
  // A lost "code consumed" or "grant revoked" mark after power loss is a security bug (SECURITY.md
  // RL3), so every write through Kysely is answered only after an fsync of the WAL: NORMAL makes
  // the commit itself a plain write(), and WalSync fsyncs off the event loop, one fsync for every
  // commit made meanwhile (group commit). Same power-loss guarantee as FULL for what we
  // acknowledge; writes outside Kysely (rate-limit counters through `raw`) get NORMAL's: they
  // survive kill -9, and a power loss may forget the last few counts.
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
    async close() {
      await kysely.destroy();
    },
  };
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 2000,
    // Epoch-millisecond columns are bigint; they fit a JS number exactly.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    engine: 'postgres',
    raw: pool,
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    async close() {
      await kysely.destroy();
    },
  };
}
