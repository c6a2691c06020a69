import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { clientParams } from '../endpoints/client-params.js';
import { rotateClientSecret } from '../rotate-client-secret.js';
import { renderClientDetail } from './client-detail-page-endpoint.js';
import { loadClientPageContext } from './client-page-context.js';

/** `POST …/clients/:client_id/rotate_secret` (form): answers the page with the new secret, shown once. */
export function createRotateSecretPageEndpoint(deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    const ctx = await loadClientPageContext(deps, res, p.account);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const op = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    const { client, clientSecret } = await rotateClientSecret(deps, op);
    const title = 'New secret issued: the previous one keeps working until you finish the rotation';
    await renderClientDetail(deps, res, ctx, client, { issued: { secret: clientSecret, title } });
  };
}
