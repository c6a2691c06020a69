import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import { clientParams } from './client-params.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { checkVerificationNow, type CheckNowDeps } from '../check-verification-now.js';

/** `POST …/oauth_clients/:client_id/verification/check`: 200 with `client_uri_verification` after the lookup. */
export function createCheckVerificationEndpoint(deps: CheckNowDeps & Pick<Deps, 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const ctx = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    sendJson(res, 200, await checkVerificationNow(deps, ctx));
  };
}
