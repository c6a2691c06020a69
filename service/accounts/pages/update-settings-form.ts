import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { accountPageUrl } from '../../ui/components/account-nav.js';
import { accountAccess } from '../account-access.js';
import { accountName } from '../account-input.js';
import { accountParams } from '../endpoints/account-params.js';
import { renameAccount } from '../rename-account.js';
import { setThirdPartyAccess } from '../set-third-party-access.js';
import { formFailure } from '../../http/form-failure.js';
import { withNotice } from './page-notices.js';
import { renderSettingsPage } from './settings-page-endpoint.js';

// An unticked checkbox is simply absent from the form body (HTML §4.10.21.4), so absent = off.
const form = z.object({ name: accountName, third_party_app_access: z.literal('on').optional() });

/** `POST /accounts/:account/settings` (admins): saves the name and the third-party app access. */
export function createUpdateSettingsForm(deps: Pick<Deps, 'stores' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    await accountAccess(deps, user.id, accountId, 'admin');
    try {
      const input = parseInput(form, req.body);
      await deps.limiters.consume('apiWritePerUser', user.id);
      const change = { accountId, actorUserId: user.id, ip: clientIp(req) };
      await renameAccount(deps, { ...change, name: input.name });
      await setThirdPartyAccess(deps, { ...change, enabled: input.third_party_app_access === 'on' });
      res.redirect(303, withNotice(accountPageUrl(accountId, 'settings'), 'settings_saved'));
    } catch (err) {
      const e = formFailure(err);
      const name = typeof req.body?.name === 'string' ? (req.body.name as string) : undefined;
      await renderSettingsPage(deps, req, res, { error: e.description, status: e.status, ...(name ? { name } : {}) });
    }
  };
}
