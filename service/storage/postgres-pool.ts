import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { databaseFaultCause } from './database-fault.js';

export interface PostgresPoolOptions {
  /** Longest wait for a new connection, and for a free one when all are busy. */
  connectTimeoutMs: number;
  /** The server cancels a statement running longer (statement_timeout). */
  statementTimeoutMs: number;
  logger?: Logger;
}

const INT8_OID = 20;

/**
 * Slack after statement_timeout before the client gives up on a server that answers nothing
 * at all (stopped, or a network path gone): by then a live server has sent its cancellation.
 */
const UNANSWERED_GRACE_MS = 1000;

/**
 * A pg pool that survives the database going away, as Kysely's PostgresDialect receives it.
 *
 * - Every connection has an 'error' listener for its whole life. pg-pool listens only while a
 *   connection is idle, and Kysely not at all, so a connection the server terminated while it
 *   was checked out (pg_terminate_backend, a restart) emitted an unhandled 'error' and ended
 *   the process. The failed query still rejects and answers 503; a dead connection is not
 *   queryable any more, so pg-pool drops it when it is released and opens a new one on demand.
 * - Timeouts bound every wait: connecting and waiting for a free connection
 *   (connectTimeoutMs), a statement on the server (statement_timeout), and an answer at all
 *   (query_timeout). A connection whose query went unanswered is discarded on release, where pg
 *   would otherwise hand it out again still waiting for that answer.
 */
export function createPostgresPool(url: string, o: PostgresPoolOptions): { pool: pg.Pool; kyselyPool: PostgresPool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: o.connectTimeoutMs,
    statement_timeout: o.statementTimeoutMs,
    query_timeout: o.statementTimeoutMs + UNANSWERED_GRACE_MS,
    // A half-open connection (the server's host gone) is found by the kernel, not by a query.
    keepAlive: true,
    // Epoch-millisecond columns are bigint; they fit a JS number exactly.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const onConnectionError = (err: Error) => {
    o.logger?.warn({ cause: databaseFaultCause(err) ?? 'unknown', err: err.message }, 'database connection lost; a new one is opened when needed');
  };
  pool.on('connect', (client) => client.on('error', onConnectionError));
  // pg-pool re-emits an idle connection's error here; the listener above has logged it.
  pool.on('error', () => {});

  const wrapped = new WeakMap<pg.PoolClient, GuardedClient>();
  const kyselyPool: PostgresPool = {
    async connect() {
      const client = await pool.connect();
      let guarded = wrapped.get(client);
      if (!guarded) wrapped.set(client, (guarded = new GuardedClient(client)));
      return guarded;
    },
    end: () => pool.end(),
  };
  return { pool, kyselyPool };
}

/** A checked-out connection that is discarded on release once a query of it went unanswered. */
class GuardedClient implements PostgresPoolClient {
  #unanswered = false;

  constructor(private readonly client: pg.PoolClient) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor as never) as PostgresCursor<R>;
    return this.client.query(sqlOrCursor, parameters as unknown[]).catch((err: unknown) => {
      if (databaseFaultCause(err) === 'query timeout') this.#unanswered = true;
      throw err;
    }) as Promise<PostgresQueryResult<R>>;
  }

  release(destroy?: boolean): void {
    const discard = destroy === true || this.#unanswered;
    this.#unanswered = false;
    this.client.release(discard);
  }
}
