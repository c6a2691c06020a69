import { clientMetadataPatch, type ClientMetadataPatch } from '../../shared/oauth/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import type { ClientPatch, StoredClient } from '../storage/stores/clients-store.js';
import { checkClientRules, type RuledFields } from './check-client-rules.js';
import type { ClientOperationContext, ClientResult } from './client-operation.js';
import { issueClientSecret } from './client-secret-issuer.js';
import { toClientResponse, type ClientResponse } from './client-view.js';
import { findAccountClient } from './find-account-client.js';
import { parseClientMetadata } from './parse-client-metadata.js';

type Writable = keyof ClientMetadataPatch;

/**
 * Changes a client with PATCH semantics: omitted fields stay, `null` clears an optional URL or
 * the contacts. The merged client is checked against the same rules as a new one. Moving from
 * `none` to a confidential method issues a secret (returned once); moving to `none` drops every
 * secret, since a public client cannot keep one (RFC 6749 §2.1). A change that changes nothing
 * records nothing.
 */
export async function updateClient(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string; input: Record<string, unknown> },
): Promise<ClientResult<ClientResponse>> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const patch = parseClientMetadata(clientMetadataPatch, ctx.input);
  const before = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  const merged = applyPatch(before, patch);
  const touched = new Set(Object.keys(patch) as Writable[]);
  merged.redirect_uris = checkClientRules(deps.catalog, merged, touched as Set<keyof RuledFields>);
  const changed = [...touched].filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(before[k])).sort();
  const now = deps.clock.now();
  if (changed.length === 0) {
    return { client: toClientResponse(before, await deps.stores.clients.liveSecrets(before.client_id, now)) };
  }

  const wasPublic = before.token_endpoint_auth_method === 'none';
  const isPublic = merged.token_endpoint_auth_method === 'none';
  const secret = wasPublic && !isPublic ? issueClientSecret(deps, before.client_id, now) : undefined;
  // Secret first, method second: a crash in between leaves an unusable secret on a public client.
  if (secret) await deps.stores.clients.addSecret(secret.record);
  const update: ClientPatch = Object.fromEntries(changed.map((k) => [k, merged[k]]));
  const after = (await deps.stores.clients.update(before.client_id, { ...update, updated_at: now }))!;
  const dropped = !wasPublic && isPublic ? await deps.stores.clients.deleteSecrets(before.client_id) : 0;

  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.updated',
    targetType: 'oauth_client',
    targetId: before.client_id,
    data: { fields: changed, ...(secret ? { secret_issued: true } : {}), ...(dropped ? { secrets_dropped: dropped } : {}) },
    ip: ctx.ip,
  });
  const secrets = await deps.stores.clients.liveSecrets(before.client_id, now);
  return {
    client: toClientResponse(after, secrets, secret?.value),
    ...(secret ? { clientSecret: secret.value } : {}),
  };
}

function applyPatch(c: StoredClient, p: ClientMetadataPatch): StoredClient {
  const merged: StoredClient = { ...c };
  for (const [key, value] of Object.entries(p) as Array<[Writable, unknown]>) {
    if (value === undefined) continue;
    (merged as unknown as Record<string, unknown>)[key] = key === 'contacts' && value === null ? [] : value;
  }
  return merged;
}
