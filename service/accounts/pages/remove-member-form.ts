import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountPageUrl } from '../../ui/components/account-nav.js';
import { accountAccess } from '../account-access.js';
import { memberParams } from '../endpoints/account-params.js';
import { removeMember } from '../remove-member.js';
import { formFailure } from '../../http/form-failure.js';
import { renderMembersPage } from './members-page-endpoint.js';
import { withNotice } from './page-notices.js';

/**
 * `POST /accounts/:account/members/:user_id/remove` (admins): removes a member; the last admin
 * stays. An admin removing themselves lands on the dashboard, since the account page is gone for them.
 */
export function createRemoveMemberForm(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId, user_id: userId } = parseInput(memberParams, req.params);
    await accountAccess(deps, user.id, accountId, 'admin');
    try {
      await deps.limiters.consume('apiWritePerUser', user.id);
      await removeMember(deps, { accountId, actorUserId: user.id, ip: clientIp(req), userId });
      res.redirect(303, userId === user.id ? '/' : withNotice(accountPageUrl(accountId, 'members'), 'member_removed'));
    } catch (err) {
      const e = formFailure(err);
      await renderMembersPage(deps, req, res, { error: e.description, status: e.status });
    }
  };
}
