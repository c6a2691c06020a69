import type { RequestHandler } from 'express';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { ClientDetailPage } from '../../ui/pages/client-detail-page.js';
import { ClientNewPage } from '../../ui/pages/client-new-page.js';
import { renderPage } from '../../ui/render-page.js';
import { createClient } from '../create-client.js';
import { clientInputFromForm, formValuesFromBody, formValuesFromClient } from './client-form-input.js';
import { attemptForm, loadClientPageContext } from './client-page-context.js';

/**
 * `POST /accounts/:account/clients` (form): registers the client and answers the client page
 * itself with 201, because the secret is shown this once and must not travel in a URL. A
 * refused form comes back (400) with the user's input and the error next to its field.
 */
export function createCreateClientPageEndpoint(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit' | 'limiters'>,
): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account } = parseInput(accountParams, req.params);
    const ctx = await loadClientPageContext(deps, res, account);
    const body = bodyObject(req.body);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const op = { accountId: account, actorUserId: user.id, ip: clientIp(req), input: clientInputFromForm(body, 'create') };
    const result = await attemptForm(createClient(deps, op));
    if (!result.ok) {
      const page = <ClientNewPage ctx={ctx} catalog={deps.catalog} values={formValuesFromBody(body)} errors={result.errors} />;
      return renderPage(res, page, 400);
    }
    const { client, clientSecret } = result.value;
    const issued = clientSecret === undefined ? undefined : { secret: clientSecret, title: 'Client registered: here is its secret' };
    const notice = issued ? undefined : 'Client registered. Public clients have no secret: use PKCE.';
    const page = (
      <ClientDetailPage ctx={ctx} catalog={deps.catalog} client={client} authorizedUsers={0} issued={issued} notice={notice} form={{ values: formValuesFromClient(client), errors: {} }} />
    );
    renderPage(res, page, 201);
  };
}
