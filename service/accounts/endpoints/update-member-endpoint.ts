import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { accountAccess } from '../account-access.js';
import { Role } from '../../../shared/api/index.js';
import { memberJson } from '../account-json.js';
import { changeMemberRole } from '../change-member-role.js';
import { memberParams } from './account-params.js';

export const updateMemberBody = z.object({ role: Role }).strict().describe('The member\'s new role.');

/** `PATCH /api/v1/accounts/:account/members/:user_id`: admins change a role (never the last admin's). */
export function createUpdateMemberEndpoint(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId, user_id: userId } = parseInput(memberParams, req.params);
    const { role } = parseInput(updateMemberBody, bodyObject(req.body));
    await accountAccess(deps, user.id, accountId, 'admin');
    await deps.limiters.consume('apiWritePerUser', user.id);
    await changeMemberRole(deps, { accountId, actorUserId: user.id, ip: clientIp(req), userId, role });
    const member = (await deps.stores.accounts.members(accountId)).find((m) => m.userId === userId)!;
    sendJson(res, 200, memberJson(member));
  };
}
