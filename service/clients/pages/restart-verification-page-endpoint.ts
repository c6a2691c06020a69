import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import { clientParams } from '../endpoints/client-params.js';
import { withNotice } from './client-page-notices.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { clientUrls } from '../../ui/components/client-urls.js';
import { restartVerification } from '../restart-verification.js';

/** `POST …/clients/:client_id/verification/restart` (form): re-opens the challenge, then 303 to the client page. */
export function createRestartVerificationPageEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    await restartVerification(deps, { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id });
    res.redirect(303, `${withNotice(clientUrls.detail(p.account, p.client_id), 'verification_restarted')}#domain-verification`);
  };
}
