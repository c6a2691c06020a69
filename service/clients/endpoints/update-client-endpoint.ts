import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { updateClient } from '../update-client.js';
import { clientParams } from './client-params.js';

/**
 * `PATCH /api/v1/accounts/:account/oauth_clients/:client_id`: changes the fields sent. The
 * answer carries `client_secret` only when the change made a public client confidential.
 */
export function createUpdateClientEndpoint(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit' | 'limiters'>,
): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const p = parseInput(clientParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const { client } = await updateClient(deps, {
      accountId: p.account,
      actorUserId: user.id,
      ip: clientIp(req),
      clientId: p.client_id,
      input: bodyObject(req.body),
    });
    sendJson(res, 200, client);
  };
}
