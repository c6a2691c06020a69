import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { paths } from '../../http/paths.js';
import { signOut } from '../sign-in.js';

/** `POST /logout` (behind requireCsrf): deletes the session server-side, clears the cookie, 303 to /login. */
export function createLogoutEndpoint(deps: Pick<Deps, 'config' | 'stores'>): RequestHandler {
  return async (_req, res) => {
    await signOut(deps, res);
    res.redirect(303, paths.login);
  };
}
