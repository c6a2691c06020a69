import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountAccess } from '../account-access.js';
import { removeMember } from '../remove-member.js';
import { memberParams } from './account-params.js';

/** `DELETE /api/v1/accounts/:account/members/:user_id`: admins remove a member (never the last admin). */
export function createRemoveMemberEndpoint(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId, user_id: userId } = parseInput(memberParams, req.params);
    await accountAccess(deps, user.id, accountId, 'admin');
    await deps.limiters.consume('apiWritePerUser', user.id);
    await removeMember(deps, { accountId, actorUserId: user.id, ip: clientIp(req), userId });
    res.status(204).set('Cache-Control', 'no-store').end();
  };
}
