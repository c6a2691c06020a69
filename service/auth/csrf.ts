import type { RequestHandler, Response } from 'express';
import { Forbidden } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import { pickParams } from '../http/pick-params.js';
import { safeEqual } from '../ports/random.js';
import { currentAuth } from './auth-context.js';
import { refuseCrossSite } from './cross-site.js';

/** Set by the pre-session CSRF middleware on the login and signup pages. */
const PRE_SESSION_LOCAL = 'preSessionCsrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token a page renders into its forms (`<input type="hidden" name="_csrf">`): the
 * session's synchronizer token when signed in, else the pre-session token of the login/signup
 * forms. Throws TypeError when neither exists (a page rendered a form without the middleware).
 */
export function csrfTokenFor(res: Response): string {
  const token = currentAuth(res)?.session?.csrfToken ?? (res.locals[PRE_SESSION_LOCAL] as string | undefined);
  if (token === undefined) throw new TypeError('csrfTokenFor: no session and no pre-session CSRF token on this route');
  return token;
}

export function setPreSessionCsrf(res: Response, token: string): void {
  res.locals[PRE_SESSION_LOCAL] = token;
}

/**
 * Guards a state-changing form POST (hidden field `_csrf`) or a cookie-authenticated write
 * (header `X-CSRF-Token`): refuses cross-site requests outright, then compares the submitted
 * token with the session's synchronizer token in constant time. Without a session, the
 * login/signup pre-session token (double-submitted: cookie + field) is the expected value.
 * Mount after a body parser; 403 `forbidden` on failure, nothing changes.
 */
export function createRequireCsrf(deps: Pick<Deps, 'config'>): RequestHandler {
  const publicOrigin = new URL(deps.config.PUBLIC_URL).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    refuseCrossSite(req, publicOrigin);
    const expected = currentAuth(res)?.session?.csrfToken ?? (res.locals[PRE_SESSION_LOCAL] as string | undefined);
    const submitted = req.get('x-csrf-token') ?? pickParams(req.body, ['_csrf'])._csrf;
    if (expected === undefined || submitted === undefined || !safeEqual(submitted, expected)) {
      throw new Forbidden('the form has expired or did not come from this site; reload the page and try again');
    }
    next();
  };
}
