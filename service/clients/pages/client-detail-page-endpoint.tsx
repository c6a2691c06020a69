import type { ClientResponse } from '../../../shared/api/index.js';
import type { RequestHandler, Response } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import type { ClientPageContext } from '../../ui/components/client-page-shell.js';
import { ClientDetailPage, type ClientDetailPageProps } from '../../ui/pages/client-detail-page.js';
import { renderPage } from '../../ui/render-page.js';
import { clientParams } from '../endpoints/client-params.js';
import { getClient } from '../get-client.js';
import { formValuesFromClient } from './client-form-input.js';
import { loadClientPageContext } from './client-page-context.js';
import { noticeFromQuery } from './client-page-notices.js';

/** Renders the client page; the edit form shows the registered values unless `form` says otherwise. */
export async function renderClientDetail(
  deps: Pick<Deps, 'catalog' | 'stores'>,
  res: Response,
  ctx: ClientPageContext,
  client: ClientResponse,
  extra: Partial<Pick<ClientDetailPageProps, 'issued' | 'notice' | 'form'>> = {},
  status = 200,
): Promise<void> {
  const form = extra.form ?? { values: formValuesFromClient(client), errors: {} };
  const authorizedUsers = await deps.stores.grants.countForClient(client.client_id);
  renderPage(res, <ClientDetailPage ctx={ctx} catalog={deps.catalog} client={client} authorizedUsers={authorizedUsers} issued={extra.issued} notice={extra.notice} form={form} />, status);
}

/** `GET /accounts/:account/clients/:client_id`: any member reads; writers also get the forms. */
export function createClientDetailPageEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'catalog'>): RequestHandler {
  return async (req, res) => {
    const p = parseInput(clientParams, req.params);
    const ctx = await loadClientPageContext(deps, res, p.account);
    const client = await getClient(deps, { accountId: p.account, actorUserId: requireAuth(res).user.id, clientId: p.client_id });
    await renderClientDetail(deps, res, ctx, client, { notice: noticeFromQuery(req.query) });
  };
}
