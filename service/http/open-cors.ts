import type { RequestHandler } from 'express';
import type { HeaderFields } from './security-headers.js';

/**
 * The CORS header fields of an open endpoint: `actual` on every answer but a preflight,
 * `preflight` on the 204 answer to OPTIONS (Fetch §3.2.3).
 */
export function openCorsFields(methods: readonly string[]): { actual: HeaderFields; preflight: HeaderFields } {
  return {
    actual: ['Access-Control-Allow-Origin', '*', 'Access-Control-Expose-Headers', 'WWW-Authenticate, Retry-After'],
    preflight: [
      'Access-Control-Allow-Origin',
      '*',
      'Access-Control-Allow-Methods',
      [...methods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type',
      'Access-Control-Max-Age',
      '600',
    ],
  };
}

/**
 * CORS for endpoints browser-based public clients call directly (OAuth 2.1 §3.2; token,
 * revocation, introspection, userinfo, metadata, JWKS): any origin, never credentials (they
 * authenticate with PKCE or headers, not cookies). Preflights end here with 204. Never used on
 * the authorization endpoint (OAuth 2.1 §3.1, docs/security.md N10).
 */
export function openCors(methods: readonly string[]): RequestHandler {
  const { actual, preflight } = openCorsFields(methods);
  return (req, res, next) => {
    const fields = req.method === 'OPTIONS' ? preflight : actual;
    for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i]!, fields[i + 1]!);
    if (req.method !== 'OPTIONS') return next();
    res.status(204).end();
  };
}
