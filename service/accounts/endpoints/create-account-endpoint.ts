import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { accountName } from '../account-input.js';
import { accountJson } from '../account-json.js';
import { createAccount } from '../create-account.js';

export const createAccountBody = z.object({ name: accountName }).strict().describe('A new account.');

/** `POST /api/v1/accounts`: creates an account; the caller becomes its admin. */
export function createCreateAccountEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { name } = parseInput(createAccountBody, bodyObject(req.body));
    await deps.limiters.consume('apiWritePerUser', user.id);
    const account = await createAccount(deps, { name, ownerUserId: user.id, actorUserId: user.id, ip: clientIp(req) });
    sendJson(res, 201, accountJson(account, 'admin'));
  };
}
