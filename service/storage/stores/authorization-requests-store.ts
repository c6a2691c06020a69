import type { Db } from '../database.js';
import type { AuthorizationRequestsTable } from '../schema.js';

/**
 * What `/oauth2/auth` validated, waiting for the user's answer on the consent page. `params`
 * is the validated request (redirect URI, scopes, PKCE challenge, state, nonce), opaque to the
 * store.
 */
export interface PendingAuthorization<P = unknown> {
  /** Random token (`random.token(32)`) that the consent form posts back. */
  id: string;
  userId: string;
  clientId: string;
  params: P;
  createdAt: number;
  expiresAt: number;
}

/**
 * Pending authorization requests between the consent page and the consent POST. A request
 * belongs to one user; `consume` is atomic and single use (docs/security.md K2): under any
 * concurrency exactly one call returns the row, every other call (and any call for another
 * user, after expiry, or for an unknown id) returns undefined.
 */
export interface AuthorizationRequestsStore {
  create(r: PendingAuthorization): Promise<void>;
  /** The request while it is pending for `userId` at `now` (not consumed, not expired). */
  find<P>(id: string, userId: string, now: number): Promise<PendingAuthorization<P> | undefined>;
  /** Marks the request used and returns it, or undefined when it was not pending for `userId`. */
  consume<P>(id: string, userId: string, now: number): Promise<PendingAuthorization<P> | undefined>;
  /** Removes expired and consumed rows created before `now`; returns how many. */
  purge(now: number): Promise<number>;
}

const toPending = <P>(r: AuthorizationRequestsTable): PendingAuthorization<P> => ({
  id: r.id,
  userId: r.user_id,
  clientId: r.client_id,
  params: JSON.parse(r.params) as P,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export function createAuthorizationRequestsStore(db: Db): AuthorizationRequestsStore {
  const k = db.kysely;
  const pending = (id: string, userId: string, now: number) =>
    k
      .selectFrom('authorization_requests')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('consumed_at', 'is', null)
      .where('expires_at', '>', now);
  return {
    async create(r) {
      await k
        .insertInto('authorization_requests')
        .values({
          id: r.id,
          user_id: r.userId,
          client_id: r.clientId,
          params: JSON.stringify(r.params),
          created_at: r.createdAt,
          expires_at: r.expiresAt,
          consumed_at: null,
        })
        .execute();
    },
    async find(id, userId, now) {
      const r = await pending(id, userId, now).executeTakeFirst();
      return r && toPending(r);
    },
    async consume(id, userId, now) {
      // One conditional UPDATE decides the winner on both engines (docs/security.md C4 pattern).
      const r = await k
        .updateTable('authorization_requests')
        .set({ consumed_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return undefined;
      const row = await k.selectFrom('authorization_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toPending(row);
    },
    async purge(now) {
      const r = await k
        .deleteFrom('authorization_requests')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('consumed_at', 'is not', null)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
