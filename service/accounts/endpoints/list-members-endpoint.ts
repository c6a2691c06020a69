import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { accountAccess } from '../account-access.js';
import { memberJson } from '../account-json.js';
import { accountParams } from './account-params.js';

/** `GET /api/v1/accounts/:account/members`: any member reads; outsiders get 404. */
export function createListMembersEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    await accountAccess(deps, user.id, accountId, 'member');
    const members = await deps.stores.accounts.members(accountId);
    sendJson(res, 200, { members: members.map(memberJson) });
  };
}
