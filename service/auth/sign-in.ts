import type { Request, Response } from 'express';
import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { Session } from '../storage/stores/sessions-store.js';
import type { User } from '../storage/stores/users-store.js';
import { currentAuth } from './auth-context.js';
import { clearCookie, isHttps, PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE, setCookie } from './session-cookie.js';
import { clientIp } from '../http/client-address.js';

/**
 * Starts a session for `user`: always a fresh random id (session fixation: a session id that
 * existed before authentication is never promoted, OWASP Session Management), a fresh CSRF
 * synchronizer token, and the cookie expiring with the row. Any session the request already
 * had is deleted, and the pre-session CSRF cookie is cleared: it has served its purpose.
 */
export async function signIn(
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'random'>,
  req: Request,
  res: Response,
  user: User,
): Promise<Session> {
  const previous = currentAuth(res)?.session;
  if (previous) await deps.stores.sessions.delete(previous.idHash);
  const now = deps.clock.now();
  const value = deps.random.token(32);
  const session: Session = {
    idHash: sha256(value),
    userId: user.id,
    csrfToken: deps.random.token(32),
    createdAt: now,
    expiresAt: now + deps.config.SESSION_TTL_SECONDS * 1000,
    lastSeenAt: now,
    ip: clientIp(req),
    userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
  };
  await deps.stores.sessions.create(session);
  const secure = isHttps(deps.config.PUBLIC_URL);
  setCookie(res, SESSION_COOKIE, value, { secure, sameSite: 'lax', expiresAt: session.expiresAt });
  clearCookie(res, PRE_SESSION_CSRF_COOKIE, { secure, sameSite: 'strict' });
  res.locals.auth = { user, session, via: 'session' };
  return session;
}

/** Deletes the request's session server-side (the cookie alone is worthless afterwards) and clears the cookie. */
export async function signOut(deps: Pick<Deps, 'config' | 'stores'>, res: Response): Promise<void> {
  const session = currentAuth(res)?.session;
  if (session) await deps.stores.sessions.delete(session.idHash);
  clearCookie(res, SESSION_COOKIE, { secure: isHttps(deps.config.PUBLIC_URL), sameSite: 'lax' });
  delete res.locals.auth;
}
