import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import { clientParams } from './client-params.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { makeClientPublic } from '../make-client-public.js';

/** `POST …/oauth_clients/:client_id/make_public`: 200 with the now public client, or 422 with `unmet`. */
export function createMakePublicEndpoint(deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const ctx = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    sendJson(res, 200, await makeClientPublic(deps, ctx));
  };
}
