import { describe, expect, it } from 'vitest';
import { databaseFaultCause } from '../../../../service/storage/database-fault.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseFaultCause', () => {
  it.each([
    ['SQLITE_FULL', 'SQLITE_FULL'],
    ['SQLITE_IOERR_WRITE', 'SQLITE_IOERR_WRITE'],
    ['SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_DBMOVED'],
    ['SQLITE_BUSY', 'SQLITE_BUSY'],
    ['57P01', '57P01'], // admin_shutdown: pg_terminate_backend, pg_ctl stop -m fast
    ['57P02', '57P02'], // crash_shutdown
    ['57P03', '57P03'], // cannot_connect_now: starting up
    ['57014', '57014'], // query_canceled: statement_timeout
    ['08006', '08006'], // connection_failure
    ['53300', '53300'], // too_many_connections
    ['53100', '53100'], // disk_full
    ['25006', '25006'], // read_only_sql_transaction: a standby after failover
    ['ECONNREFUSED', 'ECONNREFUSED'],
    ['ENOSPC', 'ENOSPC'],
  ])('names %s a fault', (code, cause) => {
    expect(databaseFaultCause(withCode(code))).toBe(cause);
  });

  it.each([
    ['Connection terminated unexpectedly', 'connection lost'],
    ['Connection terminated due to connection timeout', 'connect timeout'],
    ['timeout exceeded when trying to connect', 'pool timeout'],
    ['Query read timeout', 'query timeout'],
    ['Client has encountered a connection error and is not queryable', 'connection lost'],
  ])('names the node-postgres message "%s" by what it means', (message, cause) => {
    expect(databaseFaultCause(new Error(message))).toBe(cause);
  });

  it('looks inside an AggregateError and an error cause', () => {
    expect(databaseFaultCause(new AggregateError([withCode('ECONNREFUSED')], 'connect failed'))).toBe('ECONNREFUSED');
    expect(databaseFaultCause(new Error('wrapped', { cause: withCode('SQLITE_FULL') }))).toBe('SQLITE_FULL');
  });

  it.each([
    ['23505', 'a unique violation'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'a SQLite constraint'],
    ['42P01', 'an undefined table (a bug, not a fault)'],
    ['SQLITE_ERROR', 'a SQL error'],
  ])('does not call %s (%s) a fault', (code) => {
    expect(databaseFaultCause(withCode(code))).toBeUndefined();
  });

  it('does not call a plain error, or a non-error, a fault', () => {
    expect(databaseFaultCause(new TypeError('x is not a function'))).toBeUndefined();
    expect(databaseFaultCause(undefined)).toBeUndefined();
    expect(databaseFaultCause('SQLITE_FULL')).toBeUndefined();
  });
});
