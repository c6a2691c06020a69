import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { getClient } from '../get-client.js';
import { clientParams } from './client-params.js';

/** `GET /api/v1/accounts/:account/oauth_clients/:client_id`: secret metadata, never values. */
export function createGetClientEndpoint(deps: Pick<Deps, 'stores' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    sendJson(res, 200, await getClient(deps, { accountId: p.account, actorUserId: user.id, clientId: p.client_id }));
  };
}
