import { sql, type Kysely } from 'kysely';
import { compileOnce, type QueryRunner } from '../compiled-query.js';
import type { Db } from '../database.js';
import type { Database, RefreshTokensTable } from '../schema.js';
import { JOINED_GRANT_COLUMNS, compileGrantTouch, joinedGrant, type Grant } from './grants-store.js';

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

/** A refresh token with its grant and what the refresh policy checks about the grant's user. */
export interface RefreshContext {
  token: RefreshToken;
  grant: Grant;
  /** The grant's user now: undefined when gone; else disabled or not, and their accounts. */
  user: { id: string; disabled: boolean; memberOf: string[] } | undefined;
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
 *   another client presenting it does not burn it). `findForRefresh` reads the same, plus its
 *   grant, the grant's user and the accounts that user belongs to, in one query (undefined when
 *   the token or its grant is gone).
 * - `rotate(oldHash, next, now, graceMs)` is atomic: in one transaction an
 *   `UPDATE … SET rotated_at = coalesce(rotated_at, now) … WHERE token_hash = ? AND not expired
 *   AND (rotated_at IS NULL [OR rotated_at > now - graceMs])` decides by its affected-row count,
 *   and only the winner inserts `next`. With `graceMs = 0` exactly one of any number of
 *   concurrent callers gets `ok`; the rest get `reused`. Within a grace window a just-rotated
 *   token may rotate again (concurrent refresh of one client); the window counts from the first
 *   rotation. Expired (idle or absolute) → `expired`; missing → `unknown`. The winner's
 *   transaction also records the grant's use (`GrantsStore.touch`), so a refresh commits once.
 * - Tokens die with their grant (cascade on delete; the caller checks the grant is live).
 */
export interface RefreshTokensStore {
  create(token: RefreshToken): Promise<void>;
  find(tokenHash: string): Promise<RefreshToken | undefined>;
  findForRefresh(tokenHash: string): Promise<RefreshContext | undefined>;
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

/** The INSERT behind `create`, for the code exchange, which stores its first refresh token in its own transaction. */
export function compileRefreshTokenInsert(k: Kysely<Database>): (db: QueryRunner, token: RefreshToken) => Promise<void> {
  const insert = compileOnce((p: RefreshTokensTable) =>
    k.insertInto('refresh_tokens').values({
      token_hash: p.token_hash,
      grant_id: p.grant_id,
      client_id: p.client_id,
      scopes: p.scopes,
      created_at: p.created_at,
      last_used_at: p.last_used_at,
      expires_at: p.expires_at,
      absolute_expires_at: p.absolute_expires_at,
      rotated_at: p.rotated_at,
      replaced_by_hash: p.replaced_by_hash,
    }),
  );
  return async (q, token) => {
    await insert.run(q, toRow(token));
  };
}

export function createRefreshTokensStore(db: Db): RefreshTokensStore {
  const k = db.kysely;
  const touchGrant = compileGrantTouch(k);
  const insert = compileRefreshTokenInsert(k);
  const byHash = compileOnce((p: { tokenHash: string }) => k.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', p.tokenHash));
  // The winner's UPDATE: not expired, and never rotated or rotated after `rotatedAfter` (the
  // grace window; with no grace, a bound no row can pass). RETURNING gives the rotated row itself.
  const markRotated = compileOnce((p: { oldHash: string; nextHash: string; now: number; rotatedAfter: number }) =>
    k
      .updateTable('refresh_tokens')
      .set({ rotated_at: sql<number>`coalesce(rotated_at, ${p.now})`, replaced_by_hash: p.nextHash, last_used_at: p.now })
      .where('token_hash', '=', p.oldHash)
      .where('expires_at', '>', p.now)
      .where('absolute_expires_at', '>', p.now)
      .where((eb) => eb.or([eb('rotated_at', 'is', null), eb('rotated_at', '>', p.rotatedAfter)]))
      .returningAll(),
  );
  // One row per account the user belongs to (one with a null account when none).
  const forRefresh = compileOnce((p: { tokenHash: string }) =>
    k
      .selectFrom('refresh_tokens as t')
      .innerJoin('grants as g', 'g.id', 't.grant_id')
      .leftJoin('users as u', 'u.id', 'g.user_id')
      .leftJoin('memberships as m', 'm.user_id', 'u.id')
      .selectAll('t')
      .select(JOINED_GRANT_COLUMNS)
      .select(['u.id as u_id', 'u.disabled as u_disabled', 'm.account_id as member_of'])
      .where('t.token_hash', '=', p.tokenHash),
  );

  const find = async (tokenHash: string) => {
    const r = await byHash.first(k, { tokenHash });
    return r && toToken(r);
  };
  return {
    async create(t) {
      await insert(k, t);
    },
    find,
    async findForRefresh(tokenHash) {
      const rows = await forRefresh.rows(k, { tokenHash });
      const r = rows[0];
      if (!r) return undefined;
      const grant = joinedGrant(r);
      const user =
        r.u_id === null ? undefined : { id: r.u_id, disabled: r.u_disabled === 1, memberOf: rows.flatMap((m) => (m.member_of === null ? [] : [m.member_of])) };
      return { token: toToken(r), grant, user };
    },
    async rotate(oldHash, next, now, graceMs) {
      const rotatedAfter = graceMs > 0 ? now - graceMs : Number.MAX_SAFE_INTEGER;
      const won = await k.transaction().execute(async (trx) => {
        const r = await markRotated.first(trx, { oldHash, nextHash: next.tokenHash, now, rotatedAfter });
        if (!r) return undefined;
        await insert(trx, next);
        await touchGrant(trx, next.grantId, now);
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
