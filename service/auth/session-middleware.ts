import type { RequestHandler } from 'express';
import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { AuthContext } from './auth-context.js';
import { clearCookie, isHttps, readCookie, SESSION_COOKIE } from './session-cookie.js';

/** `last_seen_at` is a hint for the user's session list, not an audit trail: one write a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Reads the `consentry_session` cookie and, when it names a live session of an enabled user,
 * sets `res.locals.auth = { user, session, via: 'session' }`. Never refuses a request: pages
 * decide (requireUserPage) and the API decides (createApiAuthenticator). A stale cookie, or
 * one of a disabled user, is cleared (and the disabled user's session deleted: signed out).
 *
 * `skip` lists path prefixes that never look at cookies (token, revocation and introspection
 * endpoints, discovery): they are called by OAuth clients, so they stay lean.
 */
export function createSessionMiddleware(
  deps: Pick<Deps, 'config' | 'stores' | 'clock'>,
  opts: { skip?: readonly string[] } = {},
): RequestHandler {
  const skip = opts.skip ?? [];
  const cookie = { secure: isHttps(deps.config.PUBLIC_URL), sameSite: 'lax' as const };
  return async (req, res, next) => {
    if (skip.some((prefix) => req.path.startsWith(prefix))) return next();
    const value = readCookie(req, SESSION_COOKIE);
    if (value === undefined) return next();
    const auth = await loadSession(deps, value);
    if (auth) res.locals.auth = auth;
    else clearCookie(res, SESSION_COOKIE, cookie);
    next();
  };
}

async function loadSession(deps: Pick<Deps, 'stores' | 'clock'>, value: string): Promise<AuthContext | undefined> {
  const now = deps.clock.now();
  const idHash = sha256(value);
  const session = await deps.stores.sessions.active(idHash, now);
  if (!session) return undefined;
  const user = await deps.stores.users.byId(session.userId);
  if (!user || user.disabled) {
    await deps.stores.sessions.delete(idHash);
    return undefined;
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
    await deps.stores.sessions.touch(idHash, now);
    session.lastSeenAt = now;
  }
  return { user, session, via: 'session' };
}
