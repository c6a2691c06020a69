import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { deleteClient } from '../delete-client.js';
import { clientParams } from './client-params.js';

/** `DELETE /api/v1/accounts/:account/oauth_clients/:client_id`: 204, the client and its secrets are gone. */
export function createDeleteClientEndpoint(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    await deleteClient(deps, { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id });
    res.status(204).set('Cache-Control', 'no-store').end();
  };
}
