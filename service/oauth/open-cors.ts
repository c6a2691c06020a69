import type { RequestHandler } from 'express';

/**
 * CORS for endpoints browser-based public clients call directly (OAuth 2.1 §3.2; token,
 * revocation, introspection, userinfo, metadata, JWKS): any origin, never credentials (they
 * authenticate with PKCE or headers, not cookies). Preflights end here with 204. Never used on
 * the authorization endpoint (OAuth 2.1 §3.1, SECURITY.md N10).
 */
export function openCors(methods: readonly string[]): RequestHandler {
  const allow = [...methods, 'OPTIONS'].join(', ');
  return (req, res, next) => {
    res.set('Access-Control-Allow-Origin', '*');
    if (req.method !== 'OPTIONS') {
      res.set('Access-Control-Expose-Headers', 'WWW-Authenticate, Retry-After');
      return next();
    }
    res.set('Access-Control-Allow-Methods', allow);
    res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    res.set('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
