import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { JWKS_MAX_AGE_SECONDS } from '../../keys/key-timing.js';

/**
 * `GET /.well-known/jwks.json`: the public keys only (next, current and recent previous), so a
 * verifier that caches the set for max-age always knows the key of any live token (RFC 7517;
 * SECURITY.md S7).
 */
export function createJwksEndpoint(deps: Pick<Deps, 'keys'>): RequestHandler {
  return async (_req, res) => {
    const jwks = await deps.keys.publicJwks();
    res.status(200).set('Cache-Control', `public, max-age=${JWKS_MAX_AGE_SECONDS}`).type('application/jwk-set+json').send(JSON.stringify(jwks));
  };
}
