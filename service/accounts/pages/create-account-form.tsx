import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountPageUrl } from '../../ui/components/account-nav.js';
import { accountName } from '../account-input.js';
import { createAccount } from '../create-account.js';
import { renderDashboard } from './dashboard-page-endpoint.js';
import { formFailure } from '../../http/form-failure.js';

const form = z.object({ name: accountName });

/** `POST /accounts` (dashboard form): creates an account with the user as admin, then shows its members. */
export function createCreateAccountForm(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    try {
      const { name } = parseInput(form, req.body);
      await deps.limiters.consume('apiWritePerUser', user.id);
      const account = await createAccount(deps, { name, ownerUserId: user.id, actorUserId: user.id, ip: clientIp(req) });
      res.redirect(303, accountPageUrl(account.id, 'members'));
    } catch (err) {
      const e = formFailure(err);
      const typed = typeof req.body?.name === 'string' ? (req.body.name as string) : undefined;
      await renderDashboard(deps, res, { error: e.description, status: e.status, ...(typed ? { name: typed } : {}) });
    }
  };
}
