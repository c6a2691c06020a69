import type { Response } from 'express';
import type { AllowReturnRedirect } from '../../auth/allow-return-redirect.js';
import type { Deps } from '../../deps.js';
import { paths } from '../../http/paths.js';
import { pickClientParams, resolveRedirectUri } from '../endpoints/authorization-request.js';
import { allowFormRedirectTo } from './allow-form-redirect.js';

/**
 * The sign-in form's POST can end, through `/oauth2/auth`, in a 303 to the app (silent approval
 * of scopes already granted). Browsers apply CSP `form-action` to that whole redirect chain, so
 * when `return_to` is an authorization request whose client and redirect URI are registered,
 * the login page allows exactly that redirect URI's origin, as the consent page does.
 */
export function createAllowLoginRedirect(deps: Pick<Deps, 'stores' | 'config'>): AllowReturnRedirect {
  return (res, returnTo) => allowLoginRedirect(deps, res, returnTo);
}

async function allowLoginRedirect(deps: Pick<Deps, 'stores' | 'config'>, res: Response, returnTo: string): Promise<void> {
  const url = new URL(returnTo, deps.config.PUBLIC_URL);
  if (url.pathname !== paths.authorization_endpoint) return;
  try {
    const params = pickClientParams(Object.fromEntries(url.searchParams));
    const client = await deps.stores.clients.byId(params.client_id as string);
    if (client) allowFormRedirectTo(res, resolveRedirectUri(client, params.redirect_uri));
  } catch {
    // Not a valid authorization request: the endpoint itself will show the error page later.
  }
}
