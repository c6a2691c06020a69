import type { RequestHandler } from 'express';
import { InvalidRequest } from '../../../shared/errors/index.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { authenticateClient, clientAuthParams, readClientCredentials } from '../client-authentication.js';
import { limitClientRequest } from '../client-rate-limit.js';
import { findClientToken } from '../find-client-token.js';

/**
 * `POST /oauth2/revoke` (RFC 7009). Revoking a refresh or access token revokes its whole grant,
 * so every token of it dies at once (node-oidc-provider does the same; docs/security.md V1).
 * Unknown, already revoked and other clients' tokens answer 200 and change nothing: no oracle
 * (RFC 7009 §2.2; our decision for V3). The revocation commits before the 200.
 */
export function createRevocationEndpoint(deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores' | 'limiters' | 'audit'>): RequestHandler {
  return async (req, res) => {
    const { token, token_type_hint: _hint, ...auth } = pickParams(req.body, ['token', 'token_type_hint', ...clientAuthParams]);
    const creds = readClientCredentials(req, auth);
    await limitClientRequest(deps, req, creds.clientId, 'tokenPerClientIp', async () => {
      const client = await authenticateClient(deps, creds);
      if (token === undefined) throw new InvalidRequest('token is required', { field: 'token' });
      const found = await findClientToken(deps, token, client.client_id);
      if (!found) return;
      const revoked = await deps.stores.grants.revoke(found.grant.id, `${found.kind}_revoked_by_client`, deps.clock.now());
      if (revoked) {
        await deps.audit.record({
          accountId: client.account_id,
          actorUserId: found.grant.userId,
          action: 'grant.revoked_by_client',
          targetType: 'grant',
          targetId: found.grant.id,
          data: { client_id: client.client_id, token_type: found.kind },
          ip: req.ip ?? null,
        });
      }
    });
    res.status(200).set('Cache-Control', 'no-store').set('Pragma', 'no-cache').end();
  };
}
