import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { finishSecretRotation } from '../finish-secret-rotation.js';
import { clientParams } from './client-params.js';

/** `POST …/oauth_clients/:client_id/rotate_secret/finish`: the previous secret stops working now. */
export function createFinishSecretRotationEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const ctx = { accountId: p.account, actorUserId: user.id, ip: clientIp(req), clientId: p.client_id };
    sendJson(res, 200, await finishSecretRotation(deps, ctx));
  };
}
