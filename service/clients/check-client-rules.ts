import { InvalidClientMetadata, InvalidRedirectUri, quoteValue } from '../../shared/errors/index.js';
import { validateRedirectUri } from '../../shared/oauth/index.js';
import type { ScopeCatalog } from '../../shared/scopes/index.js';
import type { StoredClient } from '../storage/stores/clients-store.js';
import { isReservedClientName } from './reserved-client-names.js';

/** The fields the service rules look at, after a create body or a patch is applied. */
export type RuledFields = Pick<
  StoredClient,
  'client_name' | 'redirect_uris' | 'grant_types' | 'token_endpoint_auth_method' | 'scopes' | 'optional_scopes'
>;

/**
 * The rules beyond syntax (CONTRIBUTING.md#the-client-model): scopes come from the operator's catalog, a scope is
 * either required or optional, redirect URIs follow the registration policy for the client
 * type, reserved names are refused. `changed` limits the checks to what a patch touched, so a
 * client whose scope the operator later removed from the catalog can still be renamed.
 *
 * @returns the redirect URIs in the form to store (scheme and host lower-cased)
 */
export function checkClientRules(
  catalog: ScopeCatalog,
  c: RuledFields,
  changed: ReadonlySet<keyof RuledFields> | 'all' = 'all',
): string[] {
  const touched = (k: keyof RuledFields) => changed === 'all' || changed.has(k);
  if (touched('client_name') && isReservedClientName(c.client_name)) {
    throw new InvalidClientMetadata(`client_name ${quoteValue(c.client_name)} is reserved`, { field: 'client_name' });
  }
  if (touched('scopes')) requireKnownScopes(catalog, c.scopes, 'scopes');
  if (touched('optional_scopes')) requireKnownScopes(catalog, c.optional_scopes, 'optional_scopes');
  if (touched('scopes') || touched('optional_scopes')) {
    const both = c.optional_scopes.find((s) => c.scopes.includes(s));
    if (both) {
      throw new InvalidClientMetadata(`scope ${quoteValue(both)} cannot be both required and optional`, {
        field: 'optional_scopes',
      });
    }
  }
  if (touched('scopes') || touched('optional_scopes') || touched('grant_types')) {
    // offline_access promises lasting access, which only refresh tokens deliver (OIDC Core §11).
    const lasting = [...c.scopes, ...c.optional_scopes].find((s) => catalog.isLasting(s));
    if (lasting && !c.grant_types.includes('refresh_token')) {
      throw new InvalidClientMetadata(`scope ${quoteValue(lasting)} needs the refresh_token grant type`, {
        field: 'grant_types',
      });
    }
  }
  if (!touched('redirect_uris') && !touched('token_endpoint_auth_method')) return c.redirect_uris;
  // RFC 8252 §7.3 / RFC 9700 §2.6: loopback http and private-use schemes only for public clients.
  const publicClient = c.token_endpoint_auth_method === 'none';
  const uris = c.redirect_uris.map((uri) => validateRedirectUri(uri, { publicClient }));
  if (new Set(uris).size !== uris.length) {
    throw new InvalidRedirectUri('redirect_uris must not contain duplicates', { field: 'redirect_uris' });
  }
  return uris;
}

function requireKnownScopes(catalog: ScopeCatalog, scopes: readonly string[], field: string): void {
  const unknown = catalog.unknown(scopes)[0];
  if (unknown !== undefined) {
    throw new InvalidClientMetadata(`unknown scope ${quoteValue(unknown)} in ${field}`, { field });
  }
}
