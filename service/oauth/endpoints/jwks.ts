import type { Deps } from '../../deps.js';
import { jsonRepresentation, type PublicDocument, type Representation } from '../../http/public-document.js';
import { JWKS_MAX_AGE_SECONDS } from '../../keys/key-timing.js';

/**
 * `GET /.well-known/jwks.json`: the public keys only (next, current and recent previous), so a
 * verifier that caches the set for max-age always knows the key of any live token (RFC 7517;
 * docs/security.md S7). Every request asks the key ring, which re-reads the database as often as it
 * always has (another process may rotate); the set is serialised again only when the key ring
 * hands back a different one.
 */
export function createJwksDocument(deps: Pick<Deps, 'keys'>): PublicDocument {
  let last: { jwks: object; rep: Representation } | undefined;
  return {
    async current() {
      const jwks = await deps.keys.publicJwks();
      if (last?.jwks !== jwks) {
        last = { jwks, rep: jsonRepresentation(jwks, { contentType: 'application/jwk-set+json; charset=utf-8', cacheControl: `public, max-age=${JWKS_MAX_AGE_SECONDS}` }) };
      }
      return last.rep;
    },
  };
}
