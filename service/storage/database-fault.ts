/**
 * Errors that say the database cannot serve right now (a lost or refused connection, a restart,
 * a timeout, a full or read-only disk), as opposed to a bug or a refused input. They are
 * answered 503 with Retry-After (docs/security.md RL5), and `/readyz` reports them.
 */

/** SQLite result codes (better-sqlite3 reports the extended code, e.g. SQLITE_IOERR_WRITE). */
const SQLITE_FAULTS = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|NOMEM|PROTOCOL)/;

/**
 * PostgreSQL SQLSTATEs (Appendix A of its manual): class 08 connection exception, class 53
 * insufficient resources (disk full, out of memory, too many connections), class 58 system
 * error (I/O), 57P01-57P03 admin/crash shutdown and "cannot connect now" (starting up or
 * shutting down), 57014 a statement cancelled by statement_timeout, 55P03 lock_timeout, and
 * 25006 a write sent to a read-only server (a standby after a failover).
 */
const POSTGRES_FAULTS = /^(08|53|58)...$|^57P0[1-3]$|^57014$|^55P03$|^25006$/;

/** What the operating system says about a socket or a file (pg's socket, the SQLite WAL fsync). */
const SYSTEM_FAULTS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
]);

/** node-postgres and Kysely report a lost connection or a timeout by message only. */
const DRIVER_FAULTS: Array<[RegExp, string]> = [
  [/^Connection terminated due to connection timeout/, 'connect timeout'],
  [/^timeout exceeded when trying to connect/, 'pool timeout'],
  [/^Query read timeout/, 'query timeout'],
  [/^Connection terminated/, 'connection lost'],
  [/is not queryable$/, 'connection lost'],
  [/^Postgres connection has been discarded/, 'connection lost'],
];

/**
 * The short name of the fault (the driver's code, such as `SQLITE_FULL`, `57P01` or
 * `ECONNREFUSED`, or a name for a driver message) when `err` is a database fault; undefined
 * for anything else.
 */
export function databaseFaultCause(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 3) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (SQLITE_FAULTS.test(code) || POSTGRES_FAULTS.test(code) || SYSTEM_FAULTS.has(code))) {
    return code;
  }
  const message = (err as { message?: unknown }).message;
  if (typeof message === 'string') {
    for (const [pattern, cause] of DRIVER_FAULTS) if (pattern.test(message)) return cause;
  }
  // pg wraps a refused connection to a host with several addresses in an AggregateError.
  const inner = (err as { errors?: unknown }).errors;
  if (Array.isArray(inner)) return databaseFaultCause(inner[0], depth + 1);
  return databaseFaultCause((err as { cause?: unknown }).cause, depth + 1);
}
