import type { ClientResponse } from '../../shared/api/index.js';
import { Conflict } from '../../shared/errors/index.js';
import { clientMetadataPatch, type ClientMetadataPatch } from '../../shared/oauth/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import { applyChallengePlan, planChallenge, type ChallengePlan } from '../domains/client-uri-challenge.js';
import type { ClientPatch, StoredClient } from '../storage/stores/clients-store.js';
import { checkClientRules, type RuledFields } from './check-client-rules.js';
import type { ClientOperationContext, ClientResult } from './client-operation.js';
import { issueClientSecret } from './client-secret-issuer.js';
import { findAccountClient } from './find-account-client.js';
import { loadClientResponse } from './load-client-response.js';
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
  if (Object.hasOwn(ctx.input, 'visibility')) {
    // docs/security.md K8: promotion has its own checked, audited, one-way operation.
    throw new Conflict('visibility cannot be changed by PATCH: use POST .../make_public, which checks the prerequisites; a public client stays public', { field: 'visibility' });
  }
  const patch = parseClientMetadata(clientMetadataPatch, ctx.input);
  const before = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  const merged = applyPatch(before, patch);
  const touched = new Set(Object.keys(patch) as Writable[]);
  merged.redirect_uris = checkClientRules(deps.catalog, merged, touched as Set<keyof RuledFields>);
  const changed = [...touched].filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(before[k])).sort();
  const now = deps.clock.now();
  if (changed.length === 0) return { client: await loadClientResponse(deps, before) };
  // Checked before anything is written: a locked host or an unverifiable one refuses the change.
  const plan: ChallengePlan = changed.includes('client_uri')
    ? planChallenge(await deps.stores.domainVerifications.byClient(before.client_id), merged.client_uri)
    : { kind: 'keep' };

  const wasPublic = before.token_endpoint_auth_method === 'none';
  const isPublic = merged.token_endpoint_auth_method === 'none';
  const secret = wasPublic && !isPublic ? issueClientSecret(deps, before.client_id, now) : undefined;
  // Secret first, method second: a crash in between leaves an unusable secret on a public client.
  if (secret) await deps.stores.clients.addSecret(secret.record);
  const update: ClientPatch = Object.fromEntries(changed.map((k) => [k, merged[k]]));
  const after = (await deps.stores.clients.update(before.client_id, { ...update, updated_at: now }))!;
  const dropped = !wasPublic && isPublic ? await deps.stores.clients.deleteSecrets(before.client_id) : 0;
  await applyChallengePlan(deps, before.client_id, plan);

  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.updated',
    targetType: 'oauth_client',
    targetId: before.client_id,
    data: {
      fields: changed,
      ...(secret ? { secret_issued: true } : {}),
      ...(dropped ? { secrets_dropped: dropped } : {}),
      ...(plan.kind === 'start' ? { verification_started: plan.host } : plan.kind === 'drop' ? { verification_dropped: true } : {}),
    },
    ip: ctx.ip,
  });
  return {
    client: await loadClientResponse(deps, after, secret?.value),
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
