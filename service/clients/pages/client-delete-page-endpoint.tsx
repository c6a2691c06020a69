import type { RequestHandler } from 'express';
import { Forbidden } from '../../../shared/errors/index.js';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { ClientDeletePage } from '../../ui/pages/client-delete-page.js';
import { renderPage } from '../../ui/render-page.js';
import { clientParams } from '../endpoints/client-params.js';
import { getClient } from '../get-client.js';
import { loadClientPageContext } from './client-page-context.js';

/** `GET …/clients/:client_id/delete`: the confirmation step before deleting (works without JS). */
export function createClientDeletePageEndpoint(deps: Pick<Deps, 'stores' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const p = parseInput(clientParams, req.params);
    const ctx = await loadClientPageContext(deps, res, p.account);
    const client = await getClient(deps, { accountId: p.account, actorUserId: requireAuth(res).user.id, clientId: p.client_id });
    if (!ctx.canWrite) throw new Forbidden('only account admins and developers can delete OAuth clients');
    renderPage(res, <ClientDeletePage ctx={ctx} client={client} />);
  };
}
