import { PUBLIC_PREREQUISITES, type ClientResponse, type PublicPrerequisite } from '../../shared/api/index.js';
import { Conflict, PreconditionFailed } from '../../shared/errors/index.js';
import type { ScopeCatalog } from '../../shared/scopes/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { ClientOperationContext } from './client-operation.js';
import { findAccountClient } from './find-account-client.js';
import { loadClientResponse } from './load-client-response.js';
import type { Deps } from '../deps.js';
import type { StoredClient } from '../storage/stores/clients-store.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';

/** The prerequisites `client` does not meet, in the order of {@link PUBLIC_PREREQUISITES}. */
export function unmetPrerequisites(catalog: ScopeCatalog, client: StoredClient, v: DomainVerification | undefined): PublicPrerequisite[] {
  const unmet: PublicPrerequisite[] = [];
  if (client.client_name.trim() === '') unmet.push('client_name');
  if (client.logo_uri === null || !client.logo_uri.startsWith('https://')) unmet.push('logo_uri');
  if (client.client_uri === null || v?.status !== 'verified') unmet.push('client_uri_verified');
  if (![...client.scopes, ...client.optional_scopes].some((s) => catalog.has(s) && !catalog.isIdentity(s))) unmet.push('non_identity_scope');
  return unmet;
}

/**
 * "Make public" (account admins only): anyone may then authorize the app. Refused, with every
 * unmet prerequisite and no change, unless all hold (docs/security.md K8). One-way: nothing makes a
 * public client private again, since users of other accounts may hold grants to it.
 */
export async function makeClientPublic(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string },
): Promise<ClientResponse> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'admin');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  if (client.visibility === 'public') throw new Conflict('the client is already public; promotion cannot be undone');
  const verification = await deps.stores.domainVerifications.byClient(client.client_id);
  const unmet = unmetPrerequisites(deps.catalog, client, verification);
  if (unmet.length > 0) {
    const needs = unmet.map((u) => PUBLIC_PREREQUISITES[u]).join('; ');
    throw new PreconditionFailed(`a public client needs ${needs}`, unmet);
  }
  const now = deps.clock.now();
  const after = (await deps.stores.clients.update(client.client_id, { visibility: 'public', updated_at: now }))!;
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.visibility_promoted',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { from: 'private', to: 'public', verified_host: verification!.host },
    ip: ctx.ip,
  });
  return loadClientResponse(deps, after);
}
