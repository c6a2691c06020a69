import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { requireAuth } from '../auth-context.js';
import { checkTokenName, createPersonalApiToken } from '../personal-api-tokens.js';
import { clientIp } from '../../http/client-address.js';
import { renderApiTokensPage } from './api-tokens-page-endpoint.js';

/**
 * `POST /settings/tokens` (behind requireUserPage, formBody, requireCsrf): creates a token and
 * answers the page itself (200, not a redirect) because the token is shown this once only.
 */
export function createCreateApiTokenPageEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { name } = pickParams(req.body, ['name'], { maxLength: 1024 });
    const checked = checkTokenName(name);
    // Shown inline next to the field, with what the user typed.
    if (!checked.ok) return renderApiTokensPage(deps, res, 400, { nameError: checked.message, name });
    await deps.limiters.consume('apiWritePerUser', user.id);
    const { plaintext } = await createPersonalApiToken(deps, user, checked.name, clientIp(req));
    await renderApiTokensPage(deps, res, 200, { created: { name: checked.name, plaintext } });
  };
}
