import type { RequestHandler } from 'express';
import { Forbidden } from '../../../shared/errors/index.js';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { ClientNewPage } from '../../ui/pages/client-new-page.js';
import { renderPage } from '../../ui/render-page.js';
import { emptyFormValues } from './client-form-input.js';
import { loadClientPageContext } from './client-page-context.js';

/** `GET /accounts/:account/clients/new`: the registration form (admins and developers). */
export function createClientNewPageEndpoint(deps: Pick<Deps, 'stores' | 'catalog'>): RequestHandler {
  return async (req, res) => {
    const { account } = parseInput(accountParams, req.params);
    const ctx = await loadClientPageContext(deps, res, account);
    if (!ctx.canWrite) throw new Forbidden('only account admins and developers can register OAuth clients');
    renderPage(res, <ClientNewPage ctx={ctx} catalog={deps.catalog} values={emptyFormValues()} errors={{}} />);
  };
}
