import type { RequestHandler, Response } from 'express';
import { Conflict } from '../../../shared/errors/index.js';
import { createAccount } from '../create-account.js';
import { createUserWithPassword } from '../create-user.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { SignupPage, type SignupPageProps } from '../../ui/pages/signup-page.js';
import { renderPage } from '../../ui/render-page.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import { createLoginThrottle, tooManyAttemptsMessage } from '../../auth/login-throttle.js';
import { safeReturnTo } from '../../auth/safe-return-to.js';
import { clientIp } from '../../http/client-address.js';
import { signIn } from '../../auth/sign-in.js';
import { parseSignup } from '../signup-input.js';

/**
 * `POST /signup` (behind requireSignupEnabled, formBody, pre-session CSRF, requireCsrf):
 * creates the user, their own account "<name>'s account" with them as admin, signs them in
 * and answers 303. Attempts count against the per-IP login limit: each one costs a hash.
 */
export function createSignupEndpoint(deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'passwords' | 'limiters' | 'audit'>): RequestHandler {
  const throttle = createLoginThrottle(deps);
  return async (req, res) => {
    const p = pickParams(req.body, ['name', 'email', 'password', 'return_to'], { maxLength: 1024 });
    const returnTo = safeReturnTo(p.return_to);
    const values = { name: p.name, email: p.email };
    const page = (status: number, props: Partial<SignupPageProps>) => renderSignup(res, status, { returnTo, values, ...props });
    const ip = clientIp(req);
    const wait = await throttle.blockedFor(ip, undefined);
    if (wait !== undefined) {
      res.set('Retry-After', String(Math.max(1, Math.ceil(wait))));
      return page(429, { error: tooManyAttemptsMessage(wait) });
    }
    await throttle.attempt(ip);
    const parsed = parseSignup(p);
    if (!parsed.ok) return page(400, { fieldErrors: parsed.errors });
    const { name } = parsed.value;
    const user = await createUserWithPassword(deps, parsed.value).catch((err: unknown) => {
      if (err instanceof Conflict) return undefined;
      throw err;
    });
    if (!user) return page(400, { fieldErrors: { email: 'This email address already has a user. Sign in instead.' } });
    await createAccount(deps, { name: `${name}'s account`, ownerUserId: user.id, actorUserId: user.id, ip });
    await signIn(deps, req, res, user);
    res.redirect(303, returnTo);
  };
}

function renderSignup(res: Response, status: number, props: Partial<SignupPageProps>): void {
  renderPage(res, <SignupPage csrfToken={csrfTokenFor(res)} {...props} />, status);
}
