import type { RequestHandler } from 'express';
import { pickParams } from '../../http/pick-params.js';
import { SignupPage } from '../../ui/pages/signup-page.js';
import { renderPage } from '../../ui/render-page.js';
import { currentAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import { safeReturnTo } from '../../auth/safe-return-to.js';

/** `GET /signup` (behind requireSignupEnabled): the sign-up form; a signed-in user goes on to `return_to`. */
export function createSignupFormEndpoint(): RequestHandler {
  return (req, res) => {
    const returnTo = safeReturnTo(pickParams(req.query, ['return_to']).return_to);
    if (currentAuth(res)) return res.redirect(303, returnTo);
    renderPage(res, <SignupPage csrfToken={csrfTokenFor(res)} returnTo={returnTo} />);
  };
}
