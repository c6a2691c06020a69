import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { rotateClientSecret } from '../rotate-client-secret.js';
import { clientParams } from './client-params.js';

/**
 * `POST …/oauth_clients/:client_id/rotate_secret`: 200 with the new `client_secret` (shown
 * once); the previous secret keeps working until `rotate_secret/finish`.
 */
export function createRotateClientSecretEndpoint(
  deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>,
): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const ctx = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    const { client } = await rotateClientSecret(deps, ctx);
    sendJson(res, 200, client);
  };
}
