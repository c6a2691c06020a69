import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { createClient } from '../create-client.js';

/**
 * `POST /api/v1/accounts/:account/oauth_clients`: admins and developers register a client;
 * 201 with the client and, for confidential clients, `client_secret` this one time
 * (RFC 7591 §3.2.1).
 */
export function createCreateClientEndpoint(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit' | 'limiters'>,
): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account } = parseInput(accountParams, req.params);
    await deps.limiters.consume('apiWritePerUser', user.id);
    const { client } = await createClient(deps, {
      accountId: account,
      actorUserId: user.id,
      ip: clientIp(req),
      input: bodyObject(req.body),
    });
    res.location(`${req.baseUrl}/${client.client_id}`);
    sendJson(res, 201, client);
  };
}
