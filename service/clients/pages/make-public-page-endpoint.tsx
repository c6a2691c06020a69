import type { PublicPrerequisite } from '../../../shared/api/index.js';
import type { RequestHandler, Response } from 'express';
import { PreconditionFailed } from '../../../shared/errors/index.js';
import { accountAccess } from '../../accounts/account-access.js';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import { clientParams } from '../endpoints/client-params.js';
import { findAccountClient } from '../find-account-client.js';
import { loadClientResponse } from '../load-client-response.js';
import { loadClientPageContext } from './client-page-context.js';
import { withNotice } from './client-page-notices.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { clientUrls } from '../../ui/components/client-urls.js';
import { ClientMakePublicPage } from '../../ui/pages/client-make-public-page.js';
import { renderPage } from '../../ui/render-page.js';
import { makeClientPublic, unmetPrerequisites } from '../make-client-public.js';

type PageDeps = Pick<Deps, 'stores' | 'catalog' | 'clock' | 'audit' | 'limiters'>;

/** The confirmation page with the prerequisites as they stand now (admins only, 403 otherwise). */
async function renderConfirmation(deps: PageDeps, res: Response, accountId: string, clientId: string, status = 200): Promise<void> {
  const ctx = await loadClientPageContext(deps, res, accountId);
  await accountAccess(deps, requireAuth(res).user.id, accountId, 'admin');
  const client = await findAccountClient(deps, accountId, clientId);
  if (client.visibility === 'public') return res.redirect(303, clientUrls.detail(accountId, clientId));
  const unmet: PublicPrerequisite[] = unmetPrerequisites(deps.catalog, client, await deps.stores.domainVerifications.byClient(clientId));
  renderPage(res, <ClientMakePublicPage ctx={ctx} client={await loadClientResponse(deps, client)} unmet={unmet} />, status);
}

/** `GET /accounts/:account/clients/:client_id/make_public`: the confirmation step (no JS dialog needed). */
export function createMakePublicPageEndpoint(deps: PageDeps): RequestHandler {
  return async (req, res) => {
    const p = parseInput(clientParams, req.params);
    await renderConfirmation(deps, res, p.account, p.client_id);
  };
}

/** `POST …/make_public` (form): promotes, then 303 to the client page; unmet prerequisites re-render the checklist (422). */
export function createMakePublicFormEndpoint(deps: PageDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    try {
      await makeClientPublic(deps, { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id });
    } catch (err) {
      // A prerequisite lapsed between the two steps (e.g. the badge was lost): show what is missing now.
      if (err instanceof PreconditionFailed) return renderConfirmation(deps, res, p.account, p.client_id, 422);
      throw err;
    }
    res.redirect(303, withNotice(clientUrls.detail(p.account, p.client_id), 'made_public'));
  };
}
