import { sql, type Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { DomainVerificationsTable } from '../schema.js';

/**
 * - `pending`: started (or restarted), no check has completed yet.
 * - `in_progress`: checked at least once without success; polled with backoff.
 * - `verified`: every resolver saw the record; re-checked periodically.
 * - `failed`: no success before the timeout, or the record of a verified host went missing in
 *   consecutive checks; never polled again until restarted.
 */
export type VerificationStatus = DomainVerificationsTable['status'];

export interface DomainVerification {
  clientId: string;
  host: string;
  token: string;
  status: VerificationStatus;
  recordName: string;
  recordValue: string;
  createdAt: number;
  checkedAt: number | null;
  verifiedAt: number | null;
  lastError: string | null;
  consecutiveNotFound: number;
  nextCheckAt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  attempts: number;
}

export interface NewVerification {
  clientId: string;
  host: string;
  token: string;
  recordName: string;
  recordValue: string;
}

/** What a finished check wrote: when it ran, what to tell the developer, when to look again. */
export interface CheckOutcome {
  now: number;
  nextCheckAt: number;
  lastError?: string | null;
}

/**
 * The client_uri host verification of each client (one row per client). Checks are leased:
 * `claim`/`claimDue` set `lease_owner`, and every `mark*` transition applies only while that owner
 * still holds the row (returns undefined otherwise — e.g. after a `restart`), clears the lease and
 * counts the attempt. Each transition is one UPDATE, atomic on both engines.
 */
export interface DomainVerificationsStore {
  /** Creates the client's verification, or replaces it entirely (new host or new token): pending, due now. */
  start(v: NewVerification, now: number): Promise<DomainVerification>;
  byClient(clientId: string): Promise<DomainVerification | undefined>;
  delete(clientId: string): Promise<boolean>;
  /**
   * Leases up to `limit` rows that are due (`next_check_at <= now`, not failed, not leased by
   * anyone at `now`) to `owner` until `now + leaseMs`, oldest due first. Atomic: two claimers
   * (processes) never receive the same row while its lease lasts.
   */
  claimDue(now: number, owner: string, leaseMs: number, limit: number): Promise<DomainVerification[]>;
  /** Leases one client's row now, due or not ("Check now"); undefined if failed or leased by another. */
  claim(clientId: string, now: number, owner: string, leaseMs: number): Promise<DomainVerification | undefined>;
  /** → `verified`; `verified_at` is set when it becomes verified and kept across re-checks; misses reset. */
  markVerified(clientId: string, owner: string, o: CheckOutcome): Promise<DomainVerification | undefined>;
  /**
   * A definite not-found. A verified row counts the miss and becomes `failed` at `loseAfter`
   * consecutive misses; an unverified row becomes `failed` once `created_at + timeoutMs <= now`,
   * else `in_progress`.
   */
  markNotFound(clientId: string, owner: string, o: CheckOutcome & { loseAfter: number; timeoutMs: number }): Promise<DomainVerification | undefined>;
  /**
   * A temporary failure: never changes a verified row's status or miss count; an unverified row
   * still fails once its timeout has passed, else becomes `in_progress`.
   */
  markTemporary(clientId: string, owner: string, o: CheckOutcome & { timeoutMs: number }): Promise<DomainVerification | undefined>;
  /**
   * Re-opens the verification ("Restart verification"): pending, due now, timeout counted from
   * `now`, history cleared, any lease broken. `next` replaces the token and record value.
   */
  restart(clientId: string, now: number, next?: { token: string; recordValue: string }): Promise<DomainVerification | undefined>;
}

type Row = Selectable<DomainVerificationsTable>;

function toVerification(r: Row): DomainVerification {
  return {
    clientId: r.client_id,
    host: r.host,
    token: r.token,
    status: r.status,
    recordName: r.record_name,
    recordValue: r.record_value,
    createdAt: Number(r.created_at),
    checkedAt: r.checked_at === null ? null : Number(r.checked_at),
    verifiedAt: r.verified_at === null ? null : Number(r.verified_at),
    lastError: r.last_error,
    consecutiveNotFound: Number(r.consecutive_not_found),
    nextCheckAt: Number(r.next_check_at),
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
    attempts: Number(r.attempts),
  };
}

export function createDomainVerificationsStore(db: Db): DomainVerificationsStore {
  const k = db.kysely;
  const fresh = (now: number) => ({
    status: 'pending' as const,
    created_at: now,
    checked_at: null,
    verified_at: null,
    last_error: null,
    consecutive_not_found: 0,
    next_check_at: now,
    lease_owner: null,
    lease_until: null,
    attempts: 0,
  });
  /** The guarded UPDATE every transition shares: only the lease holder, lease cleared, attempt counted. */
  const finish = (clientId: string, owner: string, o: CheckOutcome) =>
    k
      .updateTable('domain_verifications')
      .where('client_id', '=', clientId)
      .where('lease_owner', '=', owner)
      .set((eb) => ({
        checked_at: o.now,
        next_check_at: o.nextCheckAt,
        last_error: o.lastError ?? null,
        lease_owner: null,
        lease_until: null,
        attempts: eb('attempts', '+', 1),
      }));
  const one = async (q: { executeTakeFirst(): Promise<Row | undefined> }) => {
    const r = await q.executeTakeFirst();
    return r ? toVerification(r) : undefined;
  };
  const claimable = (now: number) => sql<boolean>`status <> 'failed' and (lease_until is null or lease_until <= ${now})`;

  return {
    async start(v, now) {
      const values = { client_id: v.clientId, host: v.host, token: v.token, record_name: v.recordName, record_value: v.recordValue, ...fresh(now) };
      const r = await k
        .insertInto('domain_verifications')
        .values(values)
        .onConflict((oc) => oc.column('client_id').doUpdateSet({ ...values }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toVerification(r);
    },
    async byClient(clientId) {
      return one(k.selectFrom('domain_verifications').selectAll().where('client_id', '=', clientId));
    },
    async delete(clientId) {
      const r = await k.deleteFrom('domain_verifications').where('client_id', '=', clientId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async claimDue(now, owner, leaseMs, limit) {
      // PostgreSQL: SKIP LOCKED lets concurrent claimers pass over rows another transaction is
      // leasing. SQLite: the single UPDATE … RETURNING is its own write transaction, and SQLite
      // has one writer at a time, so the subquery and the update see the same rows.
      const lock = db.engine === 'postgres' ? sql`for update skip locked` : sql``;
      const rows = await sql<Row>`
        update domain_verifications set lease_owner = ${owner}, lease_until = ${now + leaseMs}
        where ${claimable(now)} and client_id in (
          select client_id from domain_verifications
          where next_check_at <= ${now} and ${claimable(now)}
          order by next_check_at, client_id limit ${limit} ${lock})
        returning *`.execute(k);
      return rows.rows.map(toVerification).sort((a, b) => a.nextCheckAt - b.nextCheckAt || a.clientId.localeCompare(b.clientId));
    },
    async claim(clientId, now, owner, leaseMs) {
      return one(
        k
          .updateTable('domain_verifications')
          .set({ lease_owner: owner, lease_until: now + leaseMs })
          .where('client_id', '=', clientId)
          .where(claimable(now))
          .returningAll(),
      );
    },
    async markVerified(clientId, owner, o) {
      return one(
        finish(clientId, owner, { ...o, lastError: null })
          .set({
            status: 'verified',
            verified_at: sql<number>`case when status = 'verified' then verified_at else ${o.now} end`,
            consecutive_not_found: 0,
          })
          .returningAll(),
      );
    },
    async markNotFound(clientId, owner, o) {
      const misses = sql<number>`consecutive_not_found + 1`;
      return one(
        finish(clientId, owner, o)
          .set({
            status: sql<VerificationStatus>`case
              when status = 'verified' then case when ${misses} >= ${o.loseAfter} then 'failed' else 'verified' end
              when created_at + ${o.timeoutMs} <= ${o.now} then 'failed'
              else 'in_progress' end`,
            consecutive_not_found: misses,
          })
          .returningAll(),
      );
    },
    async markTemporary(clientId, owner, o) {
      return one(
        finish(clientId, owner, o)
          .set({
            status: sql<VerificationStatus>`case
              when status = 'verified' then 'verified'
              when created_at + ${o.timeoutMs} <= ${o.now} then 'failed'
              else 'in_progress' end`,
          })
          .returningAll(),
      );
    },
    async restart(clientId, now, next) {
      return one(
        k
          .updateTable('domain_verifications')
          .set({ ...fresh(now), ...(next ? { token: next.token, record_value: next.recordValue } : {}) })
          .where('client_id', '=', clientId)
          .returningAll(),
      );
    },
  };
}
