import type { Request, RequestHandler, Response } from 'express';
import { InsufficientScope, InvalidToken } from '../../../shared/errors/index.js';
import type { Deps } from '../../deps.js';
import { createVerifiedTokenCache } from '../../tokens/verified-token-cache.js';
import { verifyAccessToken } from '../../tokens/verify-access-token.js';

/**
 * `GET|POST /oauth2/userinfo` (OIDC Core §5.3). The token comes only in the `Authorization:
 * Bearer` header, scheme matched case-insensitively (RFC 6750 §2.1; docs/security.md S8); a token in
 * the query or body is refused (OAuth 2.1 §5.1 drops those methods). Claims follow the scopes:
 * `sub` always, `email` with `email`, `name` with `profile`.
 */
export function createUserinfoEndpoint(deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores'>): RequestHandler {
  // A client calls userinfo with one token many times: its signature is checked once per process.
  const verified = createVerifiedTokenCache();
  return async (req, res) => {
    const token = bearerToken(req, res);
    const active = await verifyAccessToken(deps, token, verified);
    const user = active && (await deps.stores.users.byId(active.grant.userId));
    if (!active || !user || user.disabled) throw refuse(res, new InvalidToken('the access token is invalid, expired or revoked'));
    if (!active.scopes.includes('openid')) throw refuse(res, new InsufficientScope('userinfo needs the openid scope'));
    const body: Record<string, string> = { sub: user.id };
    if (active.scopes.includes('email')) body.email = user.email;
    if (active.scopes.includes('profile')) body.name = user.name;
    res.status(200).set('Cache-Control', 'no-store').set('Pragma', 'no-cache').json(body);
  };
}

function bearerToken(req: Request, res: Response): string {
  const query = req.query as Record<string, unknown>;
  const body = req.body as Record<string, unknown> | undefined;
  if (query.access_token !== undefined || (body && typeof body === 'object' && body.access_token !== undefined)) {
    throw refuse(res, new InvalidToken('send the access token in the Authorization header'));
  }
  const m = /^bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(req.get('authorization') ?? '');
  if (!m) throw refuse(res, new InvalidToken('an Authorization: Bearer access token is required'));
  return m[1]!;
}

/** RFC 6750 §3: every refusal names the scheme and the error code in WWW-Authenticate. */
function refuse<E extends InvalidToken | InsufficientScope>(res: Response, e: E): E {
  res.set('WWW-Authenticate', `Bearer realm="consentry", error="${e.code}"`);
  return e;
}
