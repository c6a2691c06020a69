import type { RequestHandler, Response } from 'express';
import type { AllowReturnRedirect } from '../allow-return-redirect.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { LoginPage, type LoginPageProps } from '../../ui/pages/login-page.js';
import { renderPage } from '../../ui/render-page.js';
import { csrfTokenFor } from '../csrf.js';
import { createLoginThrottle, tooManyAttemptsMessage } from '../login-throttle.js';
import { safeReturnTo } from '../safe-return-to.js';
import { clientIp } from '../../http/client-address.js';
import { signIn } from '../sign-in.js';

/** One answer for an unknown email, a wrong password and a disabled user (no enumeration). */
const WRONG_CREDENTIALS = 'Incorrect email or password.';

/**
 * `POST /login` (behind formBody, the pre-session CSRF middleware and requireCsrf): checks
 * the rate limits, verifies the password (argon2id; a dummy hash for unknown users so timing
 * matches), starts a fresh session and answers 303 (RFC 9700 §4.12: never 307 after a
 * credential POST) to a same-origin `return_to`.
 */
export function createLoginEndpoint(
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'passwords' | 'limiters'>,
  allowReturnRedirect: AllowReturnRedirect,
): RequestHandler {
  const throttle = createLoginThrottle(deps);
  return async (req, res) => {
    const p = pickParams(req.body, ['email', 'password', 'return_to'], { maxLength: 1024 });
    const returnTo = safeReturnTo(p.return_to);
    const email = p.email?.trim();
    const page = async (status: number, props: Partial<LoginPageProps>) => {
      await allowReturnRedirect(res, returnTo);
      renderLogin(deps, res, status, { returnTo, email, ...props });
    };
    if (!email || !p.password) {
      return page(400, {
        fieldErrors: { ...(!email && { email: 'Enter your email address.' }), ...(!p.password && { password: 'Enter your password.' }) },
      });
    }
    const ip = clientIp(req);
    const wait = await throttle.blockedFor(ip, email);
    if (wait !== undefined) {
      res.set('Retry-After', String(Math.max(1, Math.ceil(wait))));
      return page(429, { error: tooManyAttemptsMessage(wait) });
    }
    await throttle.attempt(ip);
    const user = await deps.stores.users.byEmail(email);
    const usable = user && !user.disabled ? user : undefined;
    if (!(await deps.passwords.verify(usable?.passwordHash, p.password)) || !usable) {
      await throttle.failed(email);
      return page(401, { error: WRONG_CREDENTIALS });
    }
    await throttle.succeeded(email);
    await signIn(deps, req, res, usable);
    res.redirect(303, returnTo);
  };
}

function renderLogin(deps: Pick<Deps, 'config'>, res: Response, status: number, props: Partial<LoginPageProps>): void {
  renderPage(res, <LoginPage csrfToken={csrfTokenFor(res)} signupEnabled={deps.config.SIGNUP_ENABLED} {...props} />, status);
}
