import type { Request, RequestHandler, Response } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { AccountSettingsPage } from '../../ui/pages/account-settings-page.js';
import { renderPage } from '../../ui/render-page.js';
import { accountAccess } from '../account-access.js';
import { accountParams } from '../endpoints/account-params.js';
import { noticeFrom } from './page-notices.js';

/** Renders the settings page of `:account` (404 for outsiders), with a refused form's error if any. */
export async function renderSettingsPage(
  deps: Pick<Deps, 'stores'>,
  req: Request,
  res: Response,
  form: { error?: string; name?: string; status?: number } = {},
): Promise<void> {
  const { user } = requireAuth(res);
  const { account: accountId } = parseInput(accountParams, req.params);
  const { account, role } = await accountAccess(deps, user.id, accountId, 'member');
  renderPage(
    res,
    <AccountSettingsPage
      user={user}
      csrfToken={csrfTokenFor(res)}
      account={account}
      role={role}
      notice={form.error ? undefined : noticeFrom(req.query)}
      error={form.error}
      name={form.name}
    />,
    form.status,
  );
}

/** `GET /accounts/:account/settings`. */
export function createSettingsPageEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (req, res) => renderSettingsPage(deps, req, res);
}
