import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * The standard OpenID Connect scopes, for providers without a catalog of their own (Auth0,
 * Keycloak and the generic rule). Their other scopes are unknown here.
 */
export const oidcCatalog = {
  catalog: 'oidc',
  provider: 'OpenID Connect',
  sources: [
    { title: 'OpenID Connect Core 1.0: 5.4 Requesting Claims using Scope Values, 11 Offline Access', url: 'https://openid.net/specs/openid-connect-core-1_0.html', retrieved: '2026-12-07' },
    { title: 'RFC 6749: 3.3 Access Token Scope', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-3.3', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'unknown', description: 'The server either applies a default of its own, which the URL does not show, or refuses the request (RFC 6749 section 3.3).' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Identity', description: 'Lets the app sign you in and get an identifier for you.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Identity', description: 'Lets the app see your name, username, picture, and where given your birthdate, gender and locale.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Identity', description: 'Lets the app see your email address and whether it is verified.', risk: 'identity', protocol: true },
    { id: 'address', name: 'Postal address', category: 'Identity', description: 'Lets the app see your postal address.', risk: 'read', protocol: true },
    { id: 'phone', name: 'Phone number', category: 'Identity', description: 'Lets the app see your phone number and whether it is verified.', risk: 'read', protocol: true },
    { id: 'offline_access', name: 'Keep access', category: 'Identity', description: 'Lets the app keep the access you grant with refresh tokens, even when you are not using it, until you revoke it.', risk: 'write', protocol: true, lasting: true },
  ],
} as const satisfies ProviderScopeCatalog;
