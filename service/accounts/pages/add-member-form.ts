import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountPageUrl } from '../../ui/components/account-nav.js';
import { accountAccess } from '../account-access.js';
import { Role } from '../../../shared/api/index.js';
import { emailSchema } from '../account-input.js';
import { addMember } from '../add-member.js';
import { accountParams } from '../endpoints/account-params.js';
import { formFailure } from '../../http/form-failure.js';
import { renderMembersPage } from './members-page-endpoint.js';
import { withNotice } from './page-notices.js';

const form = z.object({ email: emailSchema, role: Role });

/** `POST /accounts/:account/members` (admins): adds an existing user by email. */
export function createAddMemberForm(deps: Pick<Deps, 'stores' | 'clock' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    await accountAccess(deps, user.id, accountId, 'admin');
    try {
      const input = parseInput(form, req.body);
      await deps.limiters.consume('apiWritePerUser', user.id);
      await addMember(deps, { accountId, actorUserId: user.id, ip: clientIp(req), ...input });
      res.redirect(303, withNotice(accountPageUrl(accountId, 'members'), 'member_added'));
    } catch (err) {
      const e = formFailure(err);
      const email = typeof req.body?.email === 'string' ? (req.body.email as string) : undefined;
      await renderMembersPage(deps, req, res, { error: e.description, status: e.status, ...(email ? { email } : {}) });
    }
  };
}
