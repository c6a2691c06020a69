import type { RequestHandler, Response } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import { DashboardPage } from '../../ui/pages/dashboard-page.js';
import { renderPage } from '../../ui/render-page.js';

/** Renders the dashboard home for the signed-in user; the create form's error, if any, is shown. */
export async function renderDashboard(
  deps: Pick<Deps, 'stores'>,
  res: Response,
  form: { error?: string; name?: string; status?: number } = {},
): Promise<void> {
  const { user } = requireAuth(res);
  const accounts = await deps.stores.accounts.forUser(user.id);
  const rows = await Promise.all(
    accounts.map(async (a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      firstParty: a.firstParty,
      clientCount: await deps.stores.clients.countForAccount(a.id),
    })),
  );
  renderPage(
    res,
    <DashboardPage user={user} csrfToken={csrfTokenFor(res)} accounts={rows} error={form.error} name={form.name} />,
    form.status,
  );
}

/** `GET /`: the user's accounts with role and client count. */
export function createDashboardPageEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (_req, res) => renderDashboard(deps, res);
}
