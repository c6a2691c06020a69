import type { ScopeCatalog } from '../../../shared/scopes/index.js';
import type { Deps } from '../../deps.js';
import { paths } from '../../http/paths.js';
import type { Account } from '../../storage/stores/accounts-store.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { Grant } from '../../storage/stores/grants-store.js';
import type { User } from '../../storage/stores/users-store.js';
import type { ScopeGroupItem, ScopeItem } from '../../ui/components/scope-list.js';
import type { ConsentPageProps } from '../../ui/pages/consent-page.js';
import type { ValidatedAuthorization } from '../endpoints/authorization-request.js';
import { accountChoices } from './account-choices.js';
import { clientShield, publisherHost } from '../../../shared/api/index.js';

/** How each requested scope is presented: already granted, optional (switchable) or required. */
export function scopeStatus(client: StoredClient, grant: Grant | undefined, id: string): ScopeItem['status'] {
  if (grant?.scopes.includes(id)) return 'granted';
  return client.optional_scopes.includes(id) ? 'optional' : 'required';
}

/** The requested scopes grouped by catalog category, each with its status. */
function scopeGroups(catalog: ScopeCatalog, client: StoredClient, grant: Grant | undefined, scopes: string[]): ScopeGroupItem[] {
  return catalog.byCategory(scopes).map((g) => ({
    category: g.category,
    scopes: g.scopes.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      risk: s.risk,
      status: scopeStatus(client, grant, s.id),
      lasting: catalog.isLasting(s.id),
    })),
  }));
}

/** Everything the consent page shows for one pending request. */
export async function consentView(
  deps: Pick<Deps, 'stores' | 'catalog'>,
  input: {
    user: User;
    csrfToken: string;
    requestId: string;
    client: StoredClient;
    owner: Account | undefined;
    grant: Grant | undefined;
    request: ValidatedAuthorization;
  },
): Promise<ConsentPageProps> {
  const { client, owner, grant, request } = input;
  // The shield reads the verification as it stands now: a lost badge is gone at once (K5).
  const verification = client.client_uri === null ? undefined : await deps.stores.domainVerifications.byClient(client.client_id);
  const shield = clientShield({ client_uri: client.client_uri, client_uri_verification: verification ?? null }, owner);
  return {
    user: input.user,
    csrfToken: input.csrfToken,
    consentAction: paths.consent,
    requestId: input.requestId,
    app: {
      name: client.client_name,
      logoUri: client.logo_uri,
      // The verified host is what the DNS check proved (A-label); shown apart from the redirect host (D22).
      publisherHost: shield === 'verified' ? verification!.host : publisherHost(client),
      shield,
      // A private app's owner is the user's own organisation; a public app's owner is public fact.
      ownerName: owner?.name ?? null,
      contacts: client.contacts,
      redirectHost: redirectHost(request.redirectUri),
      policyUri: client.policy_uri,
      tosUri: client.tos_uri,
    },
    scopeGroups: scopeGroups(deps.catalog, client, grant, request.scopes),
    accounts: await accountChoices(deps, input.user.id, client, owner, grant),
    incremental: grant !== undefined,
  };
}

/** The host part users recognise (`app.example.com`, `127.0.0.1:51004`), or the scheme of a native app. */
function redirectHost(uri: string): string {
  try {
    const url = new URL(uri);
    return url.host !== '' ? url.host : `${url.protocol}//`;
  } catch {
    return uri;
  }
}
