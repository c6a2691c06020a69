import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

const NO_OP_WHEN_UNCHANGED = /^\s*(update|delete)\s/i;

/** Prepared statements kept per connection; Kysely's SQL text is stable per query shape. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Group commit for SQLite in WAL mode with `synchronous = NORMAL`: a commit only write()s its
 * WAL frames, and `sync()` fsyncs the WAL file on libuv's thread pool. Every commit that lands
 * while one fsync is running shares the next one, so N concurrent requests cost one fsync, and
 * the event loop never blocks on the disk. Power-loss durability of an acknowledged write is the
 * same as with `synchronous = FULL` (docs/security.md RL3), because the caller is answered only
 * after the fsync that covers its frames; WAL frames carry cumulative checksums, so recovery
 * keeps a prefix of commits and never a later commit without an earlier one.
 */
export class WalSync {
  #file: FileHandle | undefined;
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;

  constructor(private readonly dbPath: string) {}

  /** Resolves once every commit made before the call is on disk. */
  sync(): Promise<void> {
    // An fsync already running may have started before our commit: wait for the next one.
    if (this.#queued) return this.#queued;
    if (this.#running) {
      this.#queued = this.#running.then(() => {
        this.#queued = undefined;
        return this.sync();
      });
      return this.#queued;
    }
    this.#running = this.fsync().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** One fsync of the WAL file (and, the first time, of its directory). */
  protected async fsync(): Promise<void> {
    if (!this.#file) {
      // The WAL file's directory entry must be durable too (SQLite's own dirsync on create).
      const dir = await open(dirname(this.dbPath), 'r');
      await dir.sync().finally(() => dir.close());
      // SQLite never unlinks the WAL while a connection (ours) is open, so the handle stays valid.
      this.#file = await open(`${this.dbPath}-wal`, 'r');
    }
    await this.#file.sync();
  }

  async close(): Promise<void> {
    await this.#file?.close();
    this.#file = undefined;
  }
}

/**
 * Kysely's SQLite dialect with two changes for the hot path: prepared statements are cached
 * (Kysely's driver prepares every statement afresh, which costs a parse per query), and a
 * connection that wrote anything waits for `WalSync` after it is released, so other queries run
 * during the fsync while the writer is answered only once its commit is durable.
 */
export class DurableSqliteDialect implements Dialect {
  constructor(
    private readonly db: SQLite.Database,
    private readonly wal: WalSync | undefined,
  ) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new DurableSqliteDriver(this.db, this.wal);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

class DurableSqliteDriver implements Driver {
  readonly #connection: CachingConnection;
  #lock: Promise<void> | undefined;
  #unlock: (() => void) | undefined;

  constructor(
    private readonly db: SQLite.Database,
    private readonly wal: WalSync | undefined,
  ) {
    this.#connection = new CachingConnection(db);
  }
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    // One connection: a transaction holds it across awaits, so others wait their turn.
    while (this.#lock) await this.#lock;
    this.#lock = new Promise((resolve) => (this.#unlock = resolve));
    return this.#connection;
  }
  async beginTransaction(c: DatabaseConnection, settings: TransactionSettings) {
    // A transaction declared read-write takes the write lock at once (waiting up to
    // busy_timeout). A deferred one that has read cannot wait for it: SQLite answers
    // SQLITE_BUSY at once rather than risk a deadlock (SQLITE_BUSY_SNAPSHOT if another process
    // wrote since), which is how processes migrating one new file at once failed.
    await c.executeQuery(CompiledQuery.raw(settings.accessMode === 'read write' ? 'begin immediate' : 'begin'));
  }
  async commitTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(c: DatabaseConnection) {
    // SQLite rolls a transaction back by itself on SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY or
    // SQLITE_NOMEM ("Response To Errors Within A Transaction", sqlite.org/lang_transaction.html).
    // A ROLLBACK then fails with "cannot rollback - no transaction is active", and Kysely would
    // report that instead of the error that says what happened.
    if (this.db.inTransaction) await c.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection() {
    const wrote = this.#connection.takeWrote();
    const unlock = this.#unlock;
    this.#lock = undefined;
    this.#unlock = undefined;
    unlock?.();
    // Outside a transaction now (Kysely releases after commit/rollback): the write is committed.
    if (wrote && this.wal) await this.wal.sync();
  }
  async destroy() {
    this.db.close();
    await this.wal?.close();
  }
}

class CachingConnection implements DatabaseConnection {
  readonly #statements = new Map<string, SQLite.Statement>();
  #wrote = false;

  constructor(private readonly db: SQLite.Database) {}

  takeWrote(): boolean {
    const w = this.#wrote;
    this.#wrote = false;
    return w;
  }

  #prepare(sql: string): SQLite.Statement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.#prepare(compiled.sql);
    const params = compiled.parameters as unknown[];
    if (stmt.reader) {
      const rows = stmt.all(params) as R[];
      // UPDATE/DELETE … RETURNING that returned nothing changed nothing (a lost race for a code
      // or a refresh token): no fsync to wait for.
      if (!stmt.readonly && !(rows.length === 0 && NO_OP_WHEN_UNCHANGED.test(compiled.sql))) this.#wrote = true;
      return Promise.resolve({ rows });
    }
    const { changes, lastInsertRowid } = stmt.run(params);
    // An UPDATE or DELETE that matched nothing wrote nothing: no fsync to wait for (a guarded
    // UPDATE such as a coarse "last used" touch is usually a no-op). DDL reports 0 changes, so
    // only these two statement kinds are judged by their count.
    if (!stmt.readonly && !(changes === 0 && NO_OP_WHEN_UNCHANGED.test(compiled.sql))) this.#wrote = true;
    return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams select queries only');
    // A fresh statement: a cached one may be in use by another iterator.
    for (const row of this.db.prepare(compiled.sql).iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }
}
