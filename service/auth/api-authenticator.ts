import type { Request, RequestHandler, Response } from 'express';
import { Forbidden, Unauthorized } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import { safeEqual, sha256 } from '../ports/random.js';
import { currentAuth, type AuthContext } from './auth-context.js';
import { refuseCrossSite } from './cross-site.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A token's "last used" is shown to the minute; one write a minute per token is enough. */
const TOUCH_EVERY_MS = 60_000;
const REALM = 'Bearer realm="consentry"';

/**
 * Authenticates `/api/v1` management routes: `Authorization: Bearer <personal API token>`, or
 * the dashboard session cookie (set by the session middleware), in which case writes need the
 * session's `X-CSRF-Token` (the cookie is ambient; a bearer token is not). Sets
 * `res.locals.auth` with `via`; otherwise 401 `unauthorized` with `WWW-Authenticate`
 * (RFC 6750 §3).
 */
export function createApiAuthenticator(deps: Pick<Deps, 'config' | 'stores' | 'clock'>): RequestHandler {
  const publicOrigin = new URL(deps.config.PUBLIC_URL).origin;
  return async (req, res, next) => {
    // RFC 6750 §2.3 / OAuth 2.1 §5.1: tokens in URLs leak into logs and Referer; refuse, even with a header.
    if (new URL(req.originalUrl, 'http://x').searchParams.has('access_token')) {
      throw unauthorized(res, 'send the token in the Authorization header, not in the URL', 'invalid_request');
    }
    const header = req.get('authorization');
    if (header !== undefined) {
      res.locals.auth = await bearer(deps, res, header);
      return next();
    }
    const auth = currentAuth(res);
    if (!auth?.session) throw unauthorized(res, 'sign in or send a personal API token as Authorization: Bearer');
    if (!SAFE_METHODS.has(req.method)) requireCsrfHeader(req, auth, publicOrigin);
    next();
  };
}

async function bearer(deps: Pick<Deps, 'stores' | 'clock'>, res: Response, header: string): Promise<AuthContext> {
  // RFC 6750 §2.1 / RFC 9110 §11.1: the auth scheme is case-insensitive.
  const m = /^bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (!m) throw unauthorized(res, 'the Authorization header must be Bearer <personal API token>', 'invalid_request');
  const token = await deps.stores.apiTokens.byHash(sha256(m[1]!));
  const user = token && (await deps.stores.users.byId(token.userId));
  if (!token || !user || user.disabled) throw unauthorized(res, 'the API token is unknown, revoked or its user is disabled', 'invalid_token');
  const now = deps.clock.now();
  if (token.lastUsedAt === null || now - token.lastUsedAt >= TOUCH_EVERY_MS) await deps.stores.apiTokens.touch(token.id, now);
  return { user, via: 'api_token' };
}

function requireCsrfHeader(req: Request, auth: AuthContext, publicOrigin: string): void {
  refuseCrossSite(req, publicOrigin);
  const submitted = req.get('x-csrf-token');
  if (submitted === undefined || !safeEqual(submitted, auth.session!.csrfToken)) {
    throw new Forbidden('cookie-authenticated writes need the X-CSRF-Token header');
  }
}

function unauthorized(res: Response, description: string, error?: 'invalid_request' | 'invalid_token'): Unauthorized {
  res.set('WWW-Authenticate', error ? `${REALM}, error="${error}"` : REALM);
  return new Unauthorized(description);
}
