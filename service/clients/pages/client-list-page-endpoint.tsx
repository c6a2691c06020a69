import type { RequestHandler } from 'express';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { ClientListPage } from '../../ui/pages/client-list-page.js';
import { renderPage } from '../../ui/render-page.js';
import { listClients } from '../list-clients.js';
import { loadClientPageContext } from './client-page-context.js';
import { noticeFromQuery } from './client-page-notices.js';

/** `GET /accounts/:account/clients`: the table of the account's clients. */
export function createClientListPageEndpoint(deps: Pick<Deps, 'stores' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const { account } = parseInput(accountParams, req.params);
    const ctx = await loadClientPageContext(deps, res, account);
    const clients = await listClients(deps, { accountId: account, actorUserId: requireAuth(res).user.id });
    renderPage(res, <ClientListPage ctx={ctx} clients={clients} notice={noticeFromQuery(req.query)} />);
  };
}
