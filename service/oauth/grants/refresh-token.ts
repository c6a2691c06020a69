import { InvalidGrant, InvalidRequest, InvalidScope, UnauthorizedClient } from '../../../shared/errors/index.js';
import { parseScope } from '../../../shared/scopes/index.js';
import { sha256 } from '../../ports/random.js';
import { newRefreshToken } from '../../tokens/refresh-token-row.js';
import { mayUseClientAsMemberOf } from '../policy/may-use-client.js';
import type { GrantType } from './grant-type.js';
import { issueTokens } from './issue-tokens.js';
import { revokeOnReuse } from './revoke-on-reuse.js';

const parameters = ['refresh_token', 'scope'] as const;

/**
 * `grant_type=refresh_token` (RFC 6749 §6, OAuth 2.1 §4.3). Every refresh re-checks that the
 * grant is live and that the user may still use the client (docs/security.md F6, F8), and rotates the
 * token; a replayed one revokes the grant (F1).
 */
export const refreshTokenGrant: GrantType<(typeof parameters)[number]> = {
  grantType: 'refresh_token',
  parameters,
  async handle(deps, { client, params, ip }) {
    if (!client.grant_types.includes('refresh_token')) throw new UnauthorizedClient('client may not use the refresh_token grant');
    if (params.refresh_token === undefined) throw new InvalidRequest('refresh_token is required', { field: 'refresh_token' });
    const requested = params.scope === undefined ? undefined : parseScope(params.scope);
    const oldHash = sha256(params.refresh_token);
    // The token, its grant, the grant's user and their memberships: one read.
    const context = await deps.stores.refreshTokens.findForRefresh(oldHash);
    // RFC 6749 §6: bound to its client; another client's attempt does not burn it (F5).
    if (!context || context.token.clientId !== client.client_id) throw new InvalidGrant('refresh token is invalid');
    const { token: found, grant, user } = context;
    if (grant.revokedAt !== null) throw new InvalidGrant('refresh token is invalid');
    if (!user || !mayUseClientAsMemberOf({ user, memberOf: user.memberOf, client, accountIds: grant.accountIds })) {
      throw new InvalidGrant('the user may no longer use this client');
    }
    // OAuth 2.1 §4.3.1: narrowing is allowed, escalation is not (F3); the new refresh token keeps
    // the full scope of the chain (§4.3.3, F4).
    const scopes = requested ?? found.scopes;
    const extra = scopes.filter((s) => !found.scopes.includes(s));
    if (extra.length) throw new InvalidScope(`scope exceeds the scope of the refresh token: ${extra.join(' ')}`, { field: 'scope' });

    const now = deps.clock.now();
    const next = newRefreshToken(deps, { grantId: grant.id, clientId: client.client_id, scopes: found.scopes, absoluteExpiresAt: found.absoluteExpiresAt }, now);
    const rotated = await deps.stores.refreshTokens.rotate(oldHash, next.row, now, deps.config.REFRESH_GRACE_SECONDS * 1000);
    if (rotated.status === 'reused') {
      return revokeOnReuse(deps, { grantId: grant.id, userId: grant.userId, clientId: client.client_id, accountId: client.account_id, what: 'refresh_token', ip });
    }
    if (rotated.status !== 'ok') throw new InvalidGrant('refresh token is invalid or expired');
    // OIDC Core §12.2: a refresh response need not carry an ID token; ours does not.
    return issueTokens(deps, { grant, client, scopes, refreshToken: next.token }, now);
  },
};
