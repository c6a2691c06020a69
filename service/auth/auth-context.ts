import type { Response } from 'express';
import { Unauthorized } from '../../shared/errors/index.js';
import type { Session } from '../storage/stores/sessions-store.js';
import type { User } from '../storage/stores/users-store.js';

/**
 * Who is making a request, as established by the session middleware (dashboard cookie) or the
 * API authenticator (cookie + CSRF header, or a personal API token as Bearer).
 */
export interface AuthContext {
  user: User;
  /** Present when the request came with the session cookie. */
  session?: Session;
  via: 'session' | 'api_token';
}

/** The signed-in user of this request, or undefined (pages decide whether to redirect to /login). */
export function currentAuth(res: Response): AuthContext | undefined {
  return res.locals.auth as AuthContext | undefined;
}

/** The signed-in user; throws Unauthorized when there is none (API routes behind the authenticator). */
export function requireAuth(res: Response): AuthContext {
  const auth = currentAuth(res);
  if (!auth) throw new Unauthorized('sign in or send a personal API token');
  return auth;
}
