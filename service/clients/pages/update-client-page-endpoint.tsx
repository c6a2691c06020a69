import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { clientUrls } from '../../ui/components/client-urls.js';
import { clientParams } from '../endpoints/client-params.js';
import { getClient } from '../get-client.js';
import { updateClient } from '../update-client.js';
import { renderClientDetail } from './client-detail-page-endpoint.js';
import { clientInputFromForm, formValuesFromBody } from './client-form-input.js';
import { attemptForm, loadClientPageContext } from './client-page-context.js';
import { withNotice } from './client-page-notices.js';

/**
 * `POST /accounts/:account/clients/:client_id` (edit form). Saved → 303 back to the page; a
 * change to a confidential method answers the page directly with the new secret (shown once);
 * refused → 400 with the user's input and the error inline.
 */
export function createUpdateClientPageEndpoint(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit' | 'limiters'>,
): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    const ctx = await loadClientPageContext(deps, res, p.account);
    const body = bodyObject(req.body);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const op = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    const result = await attemptForm(updateClient(deps, { ...op, input: clientInputFromForm(body, 'update') }));
    if (!result.ok) {
      const client = await getClient(deps, { ...op });
      return await renderClientDetail(deps, res, ctx, client, { form: { values: formValuesFromBody(body), errors: result.errors } }, 400);
    }
    const { client, clientSecret } = result.value;
    if (clientSecret !== undefined) {
      return await renderClientDetail(deps, res, ctx, client, { issued: { secret: clientSecret, title: 'The client is now confidential: here is its secret' } });
    }
    res.redirect(303, withNotice(clientUrls.detail(p.account, p.client_id), 'updated'));
  };
}
