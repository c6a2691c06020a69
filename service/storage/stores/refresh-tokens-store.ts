import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { RefreshTokensTable } from '../schema.js';

/** An opaque refresh token, stored by the SHA-256 of its value. */
export interface RefreshToken {
  tokenHash: string;
  grantId: string;
  clientId: string;
  /** The scope of the whole chain (never narrowed by a narrowing refresh; OAuth 2.1 §4.3.3). */
  scopes: string[];
  createdAt: number;
  lastUsedAt: number | null;
  /** Idle expiry. */
  expiresAt: number;
  /** Absolute expiry of the chain. */
  absoluteExpiresAt: number;
  rotatedAt: number | null;
  replacedByHash: string | null;
}

export type RotateResult =
  | { status: 'ok'; old: RefreshToken }
  /** Already rotated outside the grace window: a replay. The caller revokes the grant. */
  | { status: 'reused'; old: RefreshToken }
  | { status: 'expired'; old: RefreshToken }
  | { status: 'unknown' };

/**
 * Refresh tokens, rotated on every use (RFC 9700 §4.14.2; OAuth 2.1 §4.3.1).
 *
 * - `find` reads a token without changing it (the caller checks the client binding first, so
 *   another client presenting it does not burn it).
 * - `rotate(oldHash, next, now, graceMs)` is atomic: in one transaction an
 *   `UPDATE … SET rotated_at = coalesce(rotated_at, now) … WHERE token_hash = ? AND not expired
 *   AND (rotated_at IS NULL [OR rotated_at > now - graceMs])` decides by its affected-row count,
 *   and only the winner inserts `next`. With `graceMs = 0` exactly one of any number of
 *   concurrent callers gets `ok`; the rest get `reused`. Within a grace window a just-rotated
 *   token may rotate again (concurrent refresh of one client); the window counts from the first
 *   rotation. Expired (idle or absolute) → `expired`; missing → `unknown`.
 * - Tokens die with their grant (cascade on delete; the caller checks the grant is live).
 */
export interface RefreshTokensStore {
  create(token: RefreshToken): Promise<void>;
  find(tokenHash: string): Promise<RefreshToken | undefined>;
  rotate(oldHash: string, next: RefreshToken, now: number, graceMs: number): Promise<RotateResult>;
}

const toToken = (r: RefreshTokensTable): RefreshToken => ({
  tokenHash: r.token_hash,
  grantId: r.grant_id,
  clientId: r.client_id,
  scopes: JSON.parse(r.scopes),
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  expiresAt: r.expires_at,
  absoluteExpiresAt: r.absolute_expires_at,
  rotatedAt: r.rotated_at,
  replacedByHash: r.replaced_by_hash,
});

const toRow = (t: RefreshToken): RefreshTokensTable => ({
  token_hash: t.tokenHash,
  grant_id: t.grantId,
  client_id: t.clientId,
  scopes: JSON.stringify(t.scopes),
  created_at: t.createdAt,
  last_used_at: t.lastUsedAt,
  expires_at: t.expiresAt,
  absolute_expires_at: t.absoluteExpiresAt,
  rotated_at: t.rotatedAt,
  replaced_by_hash: t.replacedByHash,
});

export function createRefreshTokensStore(db: Db): RefreshTokensStore {
  const k = db.kysely;
  const find = async (tokenHash: string) => {
    const r = await k.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r && toToken(r);
  };
  return {
    async create(t) {
      await k.insertInto('refresh_tokens').values(toRow(t)).execute();
    },
    find,
    async rotate(oldHash, next, now, graceMs) {
      // RETURNING gives the rotated row itself, so the winner reads nothing more.
      const won = await k.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('refresh_tokens')
          .set({ rotated_at: sql<number>`coalesce(rotated_at, ${now})`, replaced_by_hash: next.tokenHash, last_used_at: now })
          .where('token_hash', '=', oldHash)
          .where('expires_at', '>', now)
          .where('absolute_expires_at', '>', now)
          .where((eb) =>
            graceMs > 0 ? eb.or([eb('rotated_at', 'is', null), eb('rotated_at', '>', now - graceMs)]) : eb('rotated_at', 'is', null),
          )
          .returningAll()
          .executeTakeFirst();
        if (!r) return undefined;
        await trx.insertInto('refresh_tokens').values(toRow(next)).execute();
        return toToken(r);
      });
      if (won) return { status: 'ok', old: won };
      const old = await find(oldHash);
      if (!old) return { status: 'unknown' };
      if (old.rotatedAt !== null) return { status: 'reused', old };
      return { status: 'expired', old };
    },
  };
}
