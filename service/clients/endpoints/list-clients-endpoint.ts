import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { listClients } from '../list-clients.js';

/** `GET /api/v1/accounts/:account/oauth_clients`: any member lists; outsiders get 404. */
export function createListClientsEndpoint(deps: Pick<Deps, 'stores' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account } = parseInput(accountParams, req.params);
    sendJson(res, 200, { oauth_clients: await listClients(deps, { accountId: account, actorUserId: user.id }) });
  };
}
