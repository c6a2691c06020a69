import type { RequestHandler } from 'express';
import type { AllowReturnRedirect } from '../allow-return-redirect.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { renderPage } from '../../ui/render-page.js';
import { LoginPage } from '../../ui/pages/login-page.js';
import { currentAuth } from '../auth-context.js';
import { csrfTokenFor } from '../csrf.js';
import { safeReturnTo } from '../safe-return-to.js';

/** `GET /login`: the sign-in form; a signed-in user goes straight on to `return_to`. */
export function createLoginFormEndpoint(deps: Pick<Deps, 'config'>, allowReturnRedirect: AllowReturnRedirect): RequestHandler {
  return async (req, res) => {
    const returnTo = safeReturnTo(pickParams(req.query, ['return_to']).return_to);
    if (currentAuth(res)) return res.redirect(303, returnTo);
    await allowReturnRedirect(res, returnTo);
    renderPage(res, <LoginPage csrfToken={csrfTokenFor(res)} returnTo={returnTo} signupEnabled={deps.config.SIGNUP_ENABLED} />);
  };
}
