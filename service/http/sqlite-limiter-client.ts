import type BetterSqlite from 'better-sqlite3';

/** The part of a better-sqlite3 Database that rate-limiter-flexible's RateLimiterSQLite calls. */
export interface SqliteLimiterClient {
  prepare(sql: string): BetterSqlite.Statement;
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
}

/**
 * The service's better-sqlite3 handle as RateLimiterSQLite (storeType 'better-sqlite3') sees it,
 * without two costs that library pays on every consume and get:
 *
 * - it calls `prepare` per call, a full SQL parse and plan each time; its SQL text is fixed per
 *   operation (table name in the text, key and times as parameters), so one statement per text
 *   is prepared once and reused, as Kysely's statements are (durable-sqlite-dialect.ts);
 * - it wraps its single upsert in `db.transaction(fn)()`, which builds a new wrapper function and
 *   steps BEGIN and COMMIT (or, inside an open transaction, SAVEPOINT and RELEASE) around it. One
 *   SQLite statement is atomic on its own, so the wrapper adds nothing: run alone, the upsert
 *   commits by itself; run while a Kysely transaction is open on this shared connection, it joins
 *   that transaction exactly as the savepoint did, and it never issues a BEGIN or COMMIT that
 *   would break it.
 *
 * Anything else the library might start calling is absent here, so such an upgrade fails loudly
 * in the limiter tests instead of silently bypassing this object.
 */
export function sqliteLimiterClient(db: BetterSqlite.Database): SqliteLimiterClient {
  // Bounded by construction: a handful of texts per table (upsert, forced upsert, get, delete,
  // clear expired), whatever the keys.
  const statements = new Map<string, BetterSqlite.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    transaction: (fn) => fn,
  };
}
