import { matchRedirectUri } from '../../shared/oauth/index.js';
import { clientShield, publisherHost, type PublicClientInfo, type RegisteredScope } from '../../shared/api/index.js';
import type { ScopeCatalog } from '../../shared/scopes/index.js';
import type { Deps } from '../deps.js';
import type { StoredClient } from '../storage/stores/clients-store.js';

/** Registered scopes (required and optional) the catalog knows, in catalog order, with name and risk. */
function registeredScopes(catalog: ScopeCatalog, client: Pick<StoredClient, 'scopes' | 'optional_scopes'>): RegisteredScope[] {
  return catalog.byCategory([...client.scopes, ...client.optional_scopes]).flatMap((g) =>
    g.scopes.map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      description: s.description,
      risk: s.risk,
      optional: client.optional_scopes.includes(s.id),
    })),
  );
}

/** Whether `/oauth2/auth` would accept `uri` for `client`: the same exact-match rule (RFC 9700 §4.1.3, RFC 8252 §7.3). */
function redirectUriRegistered(client: Pick<StoredClient, 'redirect_uris' | 'token_endpoint_auth_method'>, uri: string): boolean {
  return matchRedirectUri(client.redirect_uris, uri, { nativeLoopback: client.token_endpoint_auth_method === 'none' }) !== undefined;
}

/**
 * What anyone may learn about `client`. A private client's registration is its owner's business:
 * only that it exists and is private. A public client shows what its consent page shows: its
 * shield, and the verified host as publisher host while verified.
 */
export async function publicClientInfo(
  deps: Pick<Deps, 'stores' | 'catalog'>,
  client: StoredClient,
  redirectUri?: string,
): Promise<PublicClientInfo> {
  if (client.visibility === 'private') return { client_id: client.client_id, visibility: 'private' };
  const [owner, v] = await Promise.all([
    deps.stores.accounts.byId(client.account_id),
    client.client_uri === null ? undefined : deps.stores.domainVerifications.byClient(client.client_id),
  ]);
  const verified = v?.status === 'verified';
  return {
    client_id: client.client_id,
    visibility: 'public',
    client_name: client.client_name,
    logo_uri: client.logo_uri,
    // The rule the consent page applies, so the extension shows the same shield.
    shield: clientShield({ client_uri: client.client_uri, client_uri_verification: v ?? null }, owner),
    publisher_host: verified ? v.host : publisherHost(client),
    verification: {
      status: v?.status ?? 'none',
      verified_at: verified && v.verifiedAt !== null ? new Date(v.verifiedAt).toISOString() : null,
    },
    owner_account_name: owner?.name ?? '',
    redirect_uris: client.redirect_uris,
    scopes: registeredScopes(deps.catalog, client),
    ...(redirectUri === undefined ? {} : { redirect_uri_registered: redirectUriRegistered(client, redirectUri) }),
  };
}
