import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { clientUrls } from '../../ui/components/client-urls.js';
import { deleteClient } from '../delete-client.js';
import { clientParams } from '../endpoints/client-params.js';
import { withNotice } from './client-page-notices.js';

/** `POST …/clients/:client_id/delete` (confirmation form): deletes, then 303 to the list. */
export function createDeleteClientPageEndpoint(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    await deleteClient(deps, { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id });
    res.redirect(303, withNotice(clientUrls.list(p.account), 'deleted'));
  };
}
