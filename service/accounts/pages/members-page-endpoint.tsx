import type { Request, RequestHandler, Response } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { MembersPage } from '../../ui/pages/members-page.js';
import { renderPage } from '../../ui/render-page.js';
import { accountAccess } from '../account-access.js';
import { accountParams } from '../endpoints/account-params.js';
import { noticeFrom } from './page-notices.js';

/** Renders the members page of `:account` (404 for outsiders), with a refused form's error if any. */
export async function renderMembersPage(
  deps: Pick<Deps, 'stores'>,
  req: Request,
  res: Response,
  form: { error?: string; email?: string; status?: number } = {},
): Promise<void> {
  const { user } = requireAuth(res);
  const { account: accountId } = parseInput(accountParams, req.params);
  const { account, role } = await accountAccess(deps, user.id, accountId, 'member');
  const members = await deps.stores.accounts.members(accountId);
  renderPage(
    res,
    <MembersPage
      user={user}
      csrfToken={csrfTokenFor(res)}
      account={account}
      role={role}
      members={members}
      notice={form.error ? undefined : noticeFrom(req.query)}
      error={form.error}
      email={form.email}
    />,
    form.status,
  );
}

/** `GET /accounts/:account/members`. */
export function createMembersPageEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (req, res) => renderMembersPage(deps, req, res);
}
