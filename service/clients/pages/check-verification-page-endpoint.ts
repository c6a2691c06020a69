import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import { clientParams } from '../endpoints/client-params.js';
import { withNotice } from './client-page-notices.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { clientUrls } from '../../ui/components/client-urls.js';
import { checkVerificationNow, type CheckNowDeps } from '../check-verification-now.js';

/** `POST …/clients/:client_id/verification/check` (form): looks the record up, then 303 to the client page, which shows the result. */
export function createCheckVerificationPageEndpoint(deps: CheckNowDeps & Pick<Deps, 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    await checkVerificationNow(deps, { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id });
    res.redirect(303, `${withNotice(clientUrls.detail(p.account, p.client_id), 'verification_checked')}#domain-verification`);
  };
}
