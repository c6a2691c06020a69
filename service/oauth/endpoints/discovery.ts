import type { Deps } from '../../deps.js';
import { paths } from '../../http/paths.js';
import { jsonRepresentation, type PublicDocument } from '../../http/public-document.js';
import { SIGNING_ALG } from '../../keys/generate-signing-key.js';

const AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'];

/**
 * The authorization server metadata (RFC 8414 §2), also served as the OpenID Provider
 * configuration (OIDC Discovery §3). `issuer` is PUBLIC_URL byte for byte (RFC 8414 §3.3;
 * docs/security.md S3); every endpoint hangs off it.
 */
export function serverMetadata(deps: Pick<Deps, 'config' | 'catalog'>): Record<string, unknown> {
  const issuer = deps.config.PUBLIC_URL;
  return {
    issuer,
    authorization_endpoint: issuer + paths.authorization_endpoint,
    token_endpoint: issuer + paths.token_endpoint,
    revocation_endpoint: issuer + paths.revocation_endpoint,
    introspection_endpoint: issuer + paths.introspection_endpoint,
    userinfo_endpoint: issuer + paths.userinfo_endpoint,
    jwks_uri: issuer + paths.jwks_uri,
    scopes_supported: deps.catalog.all().map((s) => s.id),
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    // RFC 9700 §2.1.1: S256 only (docs/security.md P10).
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: AUTH_METHODS,
    revocation_endpoint_auth_methods_supported: AUTH_METHODS,
    introspection_endpoint_auth_methods_supported: AUTH_METHODS,
    // RFC 9207 §3.
    authorization_response_iss_parameter_supported: true,
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [SIGNING_ALG],
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'at_hash', 'email', 'name'],
  };
}

/**
 * `GET /.well-known/oauth-authorization-server` and `/.well-known/openid-configuration`: the
 * metadata depends only on the configuration, so it is serialised once.
 */
export function createDiscoveryDocument(deps: Pick<Deps, 'config' | 'catalog'>): PublicDocument {
  const rep = jsonRepresentation(serverMetadata(deps), { contentType: 'application/json; charset=utf-8', cacheControl: 'public, max-age=300' });
  return { current: () => rep };
}
