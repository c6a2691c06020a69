import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { accountAccess } from '../account-access.js';
import { accountName } from '../account-input.js';
import { accountJson } from '../account-json.js';
import { renameAccount } from '../rename-account.js';
import { setThirdPartyAccess } from '../set-third-party-access.js';
import { accountParams } from './account-params.js';

export const updateAccountBody = z
  .object({
    name: accountName.optional(),
    third_party_app_access: z
      .boolean()
      .optional()
      .describe('When false, members cannot authorize new public apps of other accounts; existing grants stay.'),
  })
  .strict()
  .describe('Account fields to change.');

/** `PATCH /api/v1/accounts/:account`: admins rename the account and change its settings. */
export function createUpdateAccountEndpoint(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    const body = parseInput(updateAccountBody, bodyObject(req.body));
    await accountAccess(deps, user.id, accountId, 'admin');
    await deps.limiters.consume('apiWritePerUser', user.id);
    const change = { accountId, actorUserId: user.id, ip: clientIp(req) };
    let account = (await deps.stores.accounts.byId(accountId))!;
    if (body.name !== undefined) account = await renameAccount(deps, { ...change, name: body.name });
    if (body.third_party_app_access !== undefined) {
      account = await setThirdPartyAccess(deps, { ...change, enabled: body.third_party_app_access });
    }
    sendJson(res, 200, accountJson(account, 'admin'));
  };
}
