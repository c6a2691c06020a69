import type { RequestHandler } from 'express';
import { InvalidRequest } from '../../../shared/errors/index.js';
import { formatScope } from '../../../shared/scopes/index.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { accessTokenAudience } from '../../tokens/access-token.js';
import { sendNoStore } from '../../tokens/token-response.js';
import { createVerifiedTokenCache } from '../../tokens/verified-token-cache.js';
import { authenticateClient, clientAuthParams, readClientCredentials } from '../client-authentication.js';
import { limitClientRequest } from '../client-rate-limit.js';
import { findClientToken, type ClientToken } from '../find-client-token.js';

/**
 * `POST /oauth2/introspect` (RFC 7662), client-authenticated (§2.1; docs/security.md I1). Only the
 * client a token was issued to may introspect it (I3): resource servers would need their own
 * registration, which Consentry does not offer yet. Revoked, expired, rotated, unknown and other
 * clients' tokens answer `{"active":false}` and nothing else (§2.2, I2).
 */
export function createIntrospectionEndpoint(deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores' | 'limiters'>): RequestHandler {
  // A resource server introspects one token many times: its signature is checked once per process.
  const verified = createVerifiedTokenCache();
  return async (req, res) => {
    const { token, token_type_hint: _hint, ...auth } = pickParams(req.body, ['token', 'token_type_hint', ...clientAuthParams]);
    const creds = readClientCredentials(req, auth);
    const body = await limitClientRequest(deps, req, creds.clientId, 'introspectPerClientIp', async () => {
      const client = await authenticateClient(deps, creds);
      if (token === undefined) throw new InvalidRequest('token is required', { field: 'token' });
      const found = await findClientToken(deps, token, client.client_id, verified);
      return found ? describe(deps, found) : { active: false };
    });
    sendNoStore(res, body);
  };
}

function describe(deps: Pick<Deps, 'config' | 'clock'>, found: ClientToken): Record<string, unknown> {
  if (found.kind === 'access_token') {
    const c = found.access.claims;
    return { active: true, scope: c.scope, client_id: c.client_id, sub: c.sub, exp: c.exp, iat: c.iat, iss: c.iss, aud: c.aud, token_type: 'Bearer', jti: c.jti };
  }
  const r = found.refresh;
  const now = deps.clock.now();
  if (r.rotatedAt !== null || r.expiresAt <= now || r.absoluteExpiresAt <= now) return { active: false };
  return {
    active: true,
    scope: formatScope(r.scopes),
    client_id: r.clientId,
    sub: found.grant.userId,
    exp: Math.floor(r.expiresAt / 1000),
    iat: Math.floor(r.createdAt / 1000),
    iss: deps.config.PUBLIC_URL,
    aud: accessTokenAudience(deps.config),
    token_type: 'refresh_token',
  };
}
