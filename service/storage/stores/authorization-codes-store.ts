import { compileOnce } from '../compiled-query.js';
import type { Db } from '../database.js';
import type { AuthorizationCodesTable } from '../schema.js';
import { JOINED_GRANT_COLUMNS, compileGrantTouch, joinedGrant, type Grant } from './grants-store.js';
import { compileRefreshTokenInsert, type RefreshToken } from './refresh-tokens-store.js';

/** An issued authorization code, stored by the SHA-256 of its value. */
export interface AuthorizationCode {
  codeHash: string;
  grantId: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  /** Whether `redirect_uri` was sent in the authorization request (then it must be sent again). */
  redirectUriInRequest: boolean;
  scopes: string[];
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  nonce: string | null;
  /** When the user authenticated (OIDC `auth_time`), epoch ms. */
  authTime: number;
  createdAt: number;
  expiresAt: number;
  consumedAt: number | null;
}

export type ConsumeResult =
  | { status: 'ok'; code: AuthorizationCode }
  /** Consumed before: a replay. The caller revokes the grant (RFC 6749 §4.1.2). */
  | { status: 'reused'; code: AuthorizationCode }
  | { status: 'expired'; code: AuthorizationCode }
  | { status: 'unknown' };

/**
 * Authorization codes (the code itself = `random.token(32)`, stored as `sha256(code)`).
 *
 * - `create` stores a new code; `find` reads one without changing it (so the token endpoint can
 *   check the client BEFORE consuming: a code presented by another client stays redeemable,
 *   docs/security.md C6).
 * - `consume(codeHash, now)` is atomic and single-use on both engines: one
 *   `UPDATE … SET consumed_at = now WHERE code_hash = ? AND consumed_at IS NULL AND expires_at > now`
 *   decides by its affected-row count, so under any concurrency exactly one caller gets `ok`.
 *   Everyone else gets `reused` (already consumed, even if also expired by now), `expired`
 *   (never consumed, past `expires_at`) or `unknown`. The UPDATE commits before it returns.
 *   The winner's transaction also stores the exchange's first refresh token (when given) and
 *   records the grant's use (`GrantsStore.touch`), so a code exchange commits once.
 * - `findForExchange(codeHash)` is `find` plus the code's grant, in one read (a code dies with
 *   its grant: cascade on delete).
 * - `purgeExpired(before)` deletes codes that expired before `before`.
 * - `challengeSeen(clientId, codeChallenge)` says whether a stored code of this client carries
 *   the same PKCE challenge (kept codes: those not purged yet, about a day).
 */
export interface AuthorizationCodesStore {
  create(code: AuthorizationCode): Promise<void>;
  find(codeHash: string): Promise<AuthorizationCode | undefined>;
  consume(codeHash: string, now: number, firstRefreshToken?: RefreshToken): Promise<ConsumeResult>;
  findForExchange(codeHash: string): Promise<{ code: AuthorizationCode; grant: Grant } | undefined>;
  purgeExpired(before: number): Promise<number>;
  challengeSeen(clientId: string, codeChallenge: string): Promise<boolean>;
}

const toCode = (r: AuthorizationCodesTable): AuthorizationCode => ({
  codeHash: r.code_hash,
  grantId: r.grant_id,
  clientId: r.client_id,
  userId: r.user_id,
  redirectUri: r.redirect_uri,
  redirectUriInRequest: r.redirect_uri_in_request === 1,
  scopes: JSON.parse(r.scopes),
  codeChallenge: r.code_challenge,
  codeChallengeMethod: r.code_challenge_method,
  nonce: r.nonce,
  authTime: r.auth_time,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  consumedAt: r.consumed_at,
});

export function createAuthorizationCodesStore(db: Db): AuthorizationCodesStore {
  const k = db.kysely;
  const touchGrant = compileGrantTouch(k);
  const insertRefreshToken = compileRefreshTokenInsert(k);
  const byHash = compileOnce((p: { codeHash: string }) => k.selectFrom('authorization_codes').selectAll().where('code_hash', '=', p.codeHash));
  const withGrant = compileOnce((p: { codeHash: string }) =>
    k
      .selectFrom('authorization_codes as c')
      .innerJoin('grants as g', 'g.id', 'c.grant_id')
      .selectAll('c')
      .select(JOINED_GRANT_COLUMNS)
      .where('c.code_hash', '=', p.codeHash),
  );
  // RETURNING gives the consumed row itself, so the winner reads nothing more.
  const markConsumed = compileOnce((p: { codeHash: string; now: number }) =>
    k
      .updateTable('authorization_codes')
      .set({ consumed_at: p.now })
      .where('code_hash', '=', p.codeHash)
      .where('consumed_at', 'is', null)
      .where('expires_at', '>', p.now)
      .returningAll(),
  );
  const find = async (codeHash: string) => {
    const r = await byHash.first(k, { codeHash });
    return r && toCode(r);
  };
  return {
    async create(c) {
      await k
        .insertInto('authorization_codes')
        .values({
          code_hash: c.codeHash,
          grant_id: c.grantId,
          client_id: c.clientId,
          user_id: c.userId,
          redirect_uri: c.redirectUri,
          redirect_uri_in_request: c.redirectUriInRequest ? 1 : 0,
          scopes: JSON.stringify(c.scopes),
          code_challenge: c.codeChallenge,
          code_challenge_method: c.codeChallengeMethod,
          nonce: c.nonce,
          auth_time: c.authTime,
          created_at: c.createdAt,
          expires_at: c.expiresAt,
          consumed_at: c.consumedAt,
        })
        .execute();
    },
    find,
    async findForExchange(codeHash) {
      const r = await withGrant.first(k, { codeHash });
      if (!r) return undefined;
      return { code: toCode(r), grant: joinedGrant(r) };
    },
    async consume(codeHash, now, firstRefreshToken) {
      const won = await k.transaction().execute(async (trx) => {
        const r = await markConsumed.first(trx, { codeHash, now });
        if (!r) return undefined;
        if (firstRefreshToken) await insertRefreshToken(trx, firstRefreshToken);
        await touchGrant(trx, r.grant_id, now);
        return toCode(r);
      });
      if (won) return { status: 'ok', code: won };
      const code = await find(codeHash);
      if (!code) return { status: 'unknown' };
      if (code.consumedAt !== null) return { status: 'reused', code };
      return { status: 'expired', code };
    },
    async purgeExpired(before) {
      const r = await k.deleteFrom('authorization_codes').where('expires_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async challengeSeen(clientId, codeChallenge) {
      const r = await k
        .selectFrom('authorization_codes')
        .select('code_hash')
        .where('client_id', '=', clientId)
        .where('code_challenge', '=', codeChallenge)
        .limit(1)
        .executeTakeFirst();
      return r !== undefined;
    },
  };
}
