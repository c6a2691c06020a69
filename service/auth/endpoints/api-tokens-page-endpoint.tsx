import type { RequestHandler, Response } from 'express';
import type { Deps } from '../../deps.js';
import { ApiTokensPage, type ApiTokensPageProps } from '../../ui/pages/api-tokens-page.js';
import { renderPage } from '../../ui/render-page.js';
import { requireAuth } from '../auth-context.js';
import { csrfTokenFor } from '../csrf.js';

/** `GET /settings/tokens` (behind requireUserPage): the user's personal API tokens. */
export function createApiTokensPageEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (_req, res) => {
    await renderApiTokensPage(deps, res, 200, {});
  };
}

/** Renders the tokens page for the signed-in user (also after a create, to show the token once). */
export async function renderApiTokensPage(
  deps: Pick<Deps, 'stores'>,
  res: Response,
  status: number,
  extra: Pick<ApiTokensPageProps, 'created' | 'nameError' | 'name'>,
): Promise<void> {
  const { user } = requireAuth(res);
  const tokens = await deps.stores.apiTokens.forUser(user.id);
  renderPage(res, <ApiTokensPage user={user} csrfToken={csrfTokenFor(res)} tokens={tokens} {...extra} />, status);
}
