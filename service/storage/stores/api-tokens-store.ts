import type { Db } from '../database.js';

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Personal API tokens for the management API (sent as `Authorization: Bearer`). */
export interface ApiTokensStore {
  create(t: ApiToken): Promise<void>;
  /** The live (not revoked) token with this hash. */
  byHash(tokenHash: string): Promise<ApiToken | undefined>;
  forUser(userId: string): Promise<ApiToken[]>;
  /** Revokes a token of this user; false if none was live. */
  revoke(userId: string, id: string, now: number): Promise<boolean>;
  touch(id: string, now: number): Promise<void>;
}

type Row = {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
};
const toToken = (r: Row): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function createApiTokensStore(db: Db): ApiTokensStore {
  const k = db.kysely;
  return {
    async create(t) {
      await k
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async byHash(tokenHash) {
      const r = await k
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return r && toToken(r);
    },
    async forUser(userId) {
      const rows = await k
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toToken);
    },
    async revoke(userId, id, now) {
      const r = await k
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async touch(id, now) {
      await k.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
    },
  };
}
