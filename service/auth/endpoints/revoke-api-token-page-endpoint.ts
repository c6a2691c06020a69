import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { paths } from '../../http/paths.js';
import { parseInput } from '../../http/parse-input.js';
import { requireAuth } from '../auth-context.js';
import { apiTokenParams, revokePersonalApiToken } from '../personal-api-tokens.js';
import { clientIp } from '../../http/client-address.js';

/** `POST /settings/tokens/:id/revoke` (behind requireUserPage, formBody, requireCsrf): revokes, 303 back to the list. */
export function createRevokeApiTokenPageEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { id } = parseInput(apiTokenParams, req.params);
    await revokePersonalApiToken(deps, user, id, clientIp(req));
    res.redirect(303, paths.settingsTokens);
  };
}
