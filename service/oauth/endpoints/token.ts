import type { RequestHandler } from 'express';
import { InvalidRequest, UnsupportedGrantType } from '../../../shared/errors/index.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { sendNoStore } from '../../tokens/token-response.js';
import { authenticateClient, clientAuthParams, readClientCredentials } from '../client-authentication.js';
import { limitClientRequest } from '../client-rate-limit.js';
import { grantRegistry } from '../grants/grant-registry.js';
import type { GrantDeps } from '../grants/grant-type.js';

/**
 * `POST /oauth2/token` (RFC 6749 §3.2, §5; OAuth 2.1 §3.2). Mounted after `oauthForm`, so the
 * body is a parsed urlencoded form. Steps: pick allow-listed params (duplicates → invalid_request)
 * → read client credentials → rate limit per client + IP → authenticate the client → dispatch to
 * the grant type → answer with `Cache-Control: no-store`.
 */
export function createTokenEndpoint(deps: GrantDeps & Pick<Deps, 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { grant_type: grantType, ...auth } = pickParams(req.body, ['grant_type', ...clientAuthParams]);
    const creds = readClientCredentials(req, auth);
    const body = await limitClientRequest(deps, req, creds.clientId, 'tokenPerClientIp', async () => {
      const client = await authenticateClient(deps, creds);
      if (grantType === undefined) throw new InvalidRequest('grant_type is required', { field: 'grant_type' });
      const grant = grantRegistry.get(grantType);
      // OAuth 2.1 §10.1, RFC 9700 §2.4: no implicit, no password grant (docs/security.md S4).
      if (!grant) throw new UnsupportedGrantType('grant_type is not supported');
      return grant.handle(deps, { client, params: pickParams(req.body, grant.parameters), ip: req.ip ?? null });
    });
    sendNoStore(res, body);
  };
}
