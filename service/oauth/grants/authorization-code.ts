import { createHash } from 'node:crypto';
import { InvalidGrant, InvalidRequest, UnauthorizedClient } from '../../../shared/errors/index.js';
import { PKCE_METHOD_S256, isValidCodeVerifier } from '../../../shared/oauth/index.js';
import { safeEqual, sha256 } from '../../ports/random.js';
import type { AuthorizationCode } from '../../storage/stores/authorization-codes-store.js';
import { newRefreshToken } from '../../tokens/refresh-token-row.js';
import type { GrantType } from './grant-type.js';
import { issueTokens, mayRefresh } from './issue-tokens.js';
import { revokeOnReuse } from './revoke-on-reuse.js';

const parameters = ['code', 'redirect_uri', 'code_verifier'] as const;

/** `grant_type=authorization_code` (RFC 6749 §4.1.3, OAuth 2.1 §4.1.3, RFC 7636 §4.5–4.6). */
export const authorizationCodeGrant: GrantType<(typeof parameters)[number]> = {
  grantType: 'authorization_code',
  parameters,
  async handle(deps, { client, params, ip }) {
    if (!client.grant_types.includes('authorization_code')) throw new UnauthorizedClient('client may not use the authorization_code grant');
    if (params.code === undefined) throw new InvalidRequest('code is required', { field: 'code' });
    // RFC 7636 §4.1: a malformed verifier is a bad request; a missing or wrong one fails the grant.
    if (params.code_verifier !== undefined && !isValidCodeVerifier(params.code_verifier)) {
      throw new InvalidRequest('code_verifier must be 43-128 characters of A-Z a-z 0-9 - . _ ~', { field: 'code_verifier' });
    }
    const codeHash = sha256(params.code);
    // The code and its grant: one read.
    const found = await deps.stores.authorizationCodes.findForExchange(codeHash);
    // OAuth 2.1 §4.1.3: the code is bound to its client. Checked BEFORE consuming, so a code
    // presented by another client stays redeemable by its owner (docs/security.md C6).
    if (!found || found.code.clientId !== client.client_id) throw new InvalidGrant('authorization code is invalid');
    const { code, grant } = found;
    checkBindings(code, params);
    // Checked before consuming: once consumed, concurrent replays revoke the grant, and the one
    // winning exchange must still answer 200 (docs/security.md C4).
    if (grant.revokedAt !== null) throw new InvalidGrant('authorization code is invalid');

    // The first refresh token is stored by the same transaction that consumes the code.
    const now = deps.clock.now();
    const rt = mayRefresh(client, code.scopes)
      ? newRefreshToken(deps, { grantId: grant.id, clientId: client.client_id, scopes: code.scopes }, now)
      : undefined;
    const consumed = await deps.stores.authorizationCodes.consume(codeHash, now, rt?.row);
    if (consumed.status === 'reused') {
      return revokeOnReuse(deps, { grantId: code.grantId, userId: code.userId, clientId: client.client_id, accountId: client.account_id, what: 'authorization_code', ip });
    }
    if (consumed.status !== 'ok') throw new InvalidGrant('authorization code is invalid or expired');
    const { scopes, authTime, nonce } = consumed.code;
    return issueTokens(deps, { grant, client, scopes, refreshToken: rt?.token, idToken: { authTime, nonce } }, now);
  },
};

/** redirect_uri (RFC 6749 §4.1.3, docs/security.md C7) and PKCE S256 (RFC 7636 §4.6; P5, P6, P8). */
function checkBindings(code: AuthorizationCode, params: Partial<Record<(typeof parameters)[number], string>>): void {
  if (code.redirectUriInRequest && params.redirect_uri !== code.redirectUri) {
    throw new InvalidGrant('redirect_uri does not match the authorization request');
  }
  if (!code.redirectUriInRequest && params.redirect_uri !== undefined && params.redirect_uri !== code.redirectUri) {
    throw new InvalidGrant('redirect_uri does not match the authorization request');
  }
  // RFC 9700 §4.8.2: a code issued without a challenge is never redeemed (no PKCE downgrade).
  if (!code.codeChallenge || code.codeChallengeMethod !== PKCE_METHOD_S256) throw new InvalidGrant('authorization code was issued without PKCE');
  if (params.code_verifier === undefined) throw new InvalidGrant('code_verifier is required');
  const computed = createHash('sha256').update(params.code_verifier, 'ascii').digest('base64url');
  if (!safeEqual(computed, code.codeChallenge)) throw new InvalidGrant('code_verifier does not match the code_challenge');
}
