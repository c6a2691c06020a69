import { defaultCatalog } from '../scopes/default-catalog.js';
import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/** The standard scopes Consentry's own catalog describes (OpenID Connect Core 1.0 §5.4, §11). */
export type StandardScopeId = 'openid' | 'profile' | 'email' | 'offline_access';

/**
 * Consentry's own entry for a standard scope, for every catalog where the scope has its standard
 * meaning, so the same scope reads the same on every provider.
 *
 * @param id - one of {@link StandardScopeId}
 * @returns the default catalog's entry
 */
export function standardScope(id: StandardScopeId): (typeof defaultCatalog.scopes)[number] {
  const scope = defaultCatalog.scopes.find((s) => s.id === id);
  if (scope === undefined) throw new TypeError(`the default scope catalog has no ${id}`);
  return scope;
}

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
    standardScope('openid'),
    standardScope('profile'),
    standardScope('email'),
    { id: 'address', name: 'Postal address', category: 'Identity', description: 'Lets the app see your postal address.', risk: 'read', protocol: true },
    { id: 'phone', name: 'Phone number', category: 'Identity', description: 'Lets the app see your phone number and whether it is verified.', risk: 'read', protocol: true },
    standardScope('offline_access'),
  ],
} as const satisfies ProviderScopeCatalog;
