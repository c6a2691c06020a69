import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { requireAuth } from '../auth-context.js';
import { apiTokenParams, revokePersonalApiToken } from '../personal-api-tokens.js';
import { clientIp } from '../../http/client-address.js';

/** `DELETE /api/v1/user/tokens/:id`: revokes one of the caller's live tokens (204); otherwise 404. */
export function createRevokeApiTokenEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { id } = parseInput(apiTokenParams, req.params);
    await revokePersonalApiToken(deps, user, id, clientIp(req));
    res.status(204).set('Cache-Control', 'no-store').end();
  };
}
