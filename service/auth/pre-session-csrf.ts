import type { RequestHandler } from 'express';
import type { Deps } from '../deps.js';
import { setPreSessionCsrf } from './csrf.js';
import { isHttps, PRE_SESSION_CSRF_COOKIE, readCookie, setCookie } from './session-cookie.js';

/** Long enough to fill in a form after a coffee break; a stale form just needs a reload. */
const TTL_MS = 2 * 60 * 60 * 1000;

/**
 * CSRF protection for the login and signup forms, which are posted before any session exists.
 *
 * Why: without it an attacker's page can post *their own* credentials to /login and sign the
 * victim in as the attacker ("login CSRF"), so whatever the victim then does (authorize an
 * app, create a token) lands in the attacker's user. There is no session row to hold a
 * synchronizer token yet, so we use a double-submit token: a random value in the
 * `consentry_csrf` cookie (HttpOnly, SameSite=Strict, short-lived) that the form repeats in
 * `_csrf`. Another site can neither read the cookie nor make the browser send it (Strict), so it
 * cannot produce a matching pair; the Origin/Sec-Fetch-Site check in requireCsrf runs as well.
 * The cookie is cleared at sign-in, where the session's own token takes over.
 *
 * Mount on GET and POST of the pre-session forms, before requireCsrf.
 */
export function createPreSessionCsrf(deps: Pick<Deps, 'config' | 'random' | 'clock'>): RequestHandler {
  const secure = isHttps(deps.config.PUBLIC_URL);
  return (req, res, next) => {
    let token = readCookie(req, PRE_SESSION_CSRF_COOKIE);
    if (token === undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      token = deps.random.token(32);
      setCookie(res, PRE_SESSION_CSRF_COOKIE, token, { secure, sameSite: 'strict', expiresAt: deps.clock.now() + TTL_MS });
    }
    // A POST without the cookie keeps no expected token, so requireCsrf refuses it.
    if (token !== undefined) setPreSessionCsrf(res, token);
    next();
  };
}
