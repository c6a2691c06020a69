import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountPageUrl } from '../../ui/components/account-nav.js';
import { accountAccess } from '../account-access.js';
import { Role } from '../../../shared/api/index.js';
import { changeMemberRole } from '../change-member-role.js';
import { memberParams } from '../endpoints/account-params.js';
import { formFailure } from '../../http/form-failure.js';
import { renderMembersPage } from './members-page-endpoint.js';
import { withNotice } from './page-notices.js';

const form = z.object({ role: Role });

/** `POST /accounts/:account/members/:user_id/role` (admins): changes a role; the last admin stays admin. */
export function createChangeRoleForm(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId, user_id: userId } = parseInput(memberParams, req.params);
    await accountAccess(deps, user.id, accountId, 'admin');
    try {
      const { role } = parseInput(form, req.body);
      await deps.limiters.consume('apiWritePerUser', user.id);
      await changeMemberRole(deps, { accountId, actorUserId: user.id, ip: clientIp(req), userId, role });
      res.redirect(303, withNotice(accountPageUrl(accountId, 'members'), 'role_changed'));
    } catch (err) {
      const e = formFailure(err);
      await renderMembersPage(deps, req, res, { error: e.description, status: e.status });
    }
  };
}
