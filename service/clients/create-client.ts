import type { ClientResponse } from '../../shared/api/index.js';
import { clientMetadataInput } from '../../shared/oauth/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import { challengeHost, startChallenge } from '../domains/client-uri-challenge.js';
import { checkClientRules } from './check-client-rules.js';
import { issueClientSecret } from './client-secret-issuer.js';
import { toClientResponse } from './client-view.js';
import type { ClientOperationContext, ClientResult } from './client-operation.js';
import { parseClientMetadata } from './parse-client-metadata.js';

/**
 * Registers an OAuth client for the account (admins and developers). The `client_id` is
 * server-generated, 128 random bits, never chosen by the developer (RFC 9700 §4.15.1); a
 * confidential client gets a 256-bit secret returned once (RFC 7591 §3.2.1). New clients are
 * private: promotion to public comes with domain verification, whose challenge starts here.
 */
export async function createClient(
  deps: Pick<Deps, 'stores' | 'catalog' | 'clock' | 'random' | 'audit'>,
  ctx: ClientOperationContext & { input: Record<string, unknown> },
): Promise<ClientResult<ClientResponse>> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const m = parseClientMetadata(clientMetadataInput, ctx.input);
  const redirectUris = checkClientRules(deps.catalog, m);
  // Refused before anything is stored: an IP or a public suffix cannot carry our challenge (D9).
  const host = m.client_uri === undefined ? undefined : challengeHost(m.client_uri);
  const now = deps.clock.now();
  const clientId = deps.random.token(16);
  const client = {
    client_id: clientId,
    account_id: ctx.accountId,
    client_name: m.client_name,
    redirect_uris: redirectUris,
    grant_types: m.grant_types,
    response_types: m.response_types,
    token_endpoint_auth_method: m.token_endpoint_auth_method,
    scopes: m.scopes,
    optional_scopes: m.optional_scopes,
    client_uri: m.client_uri ?? null,
    logo_uri: m.logo_uri ?? null,
    policy_uri: m.policy_uri ?? null,
    tos_uri: m.tos_uri ?? null,
    contacts: m.contacts ?? [],
    visibility: 'private' as const,
    created_by: ctx.actorUserId,
    created_at: now,
    updated_at: now,
  };
  const secret = m.token_endpoint_auth_method === 'none' ? undefined : issueClientSecret(deps, clientId, now);
  await deps.stores.clients.create(client, secret?.record);
  // Every client_uri gets its own challenge and token (issue 4), even for a host verified elsewhere.
  const verification = host === undefined ? undefined : await startChallenge(deps, clientId, host);
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.created',
    targetType: 'oauth_client',
    targetId: clientId,
    data: { fields: Object.keys(ctx.input).sort(), client_name: client.client_name },
    ip: ctx.ip,
  });
  return {
    client: toClientResponse(client, secret ? [secret.record] : [], secret?.value, verification),
    ...(secret ? { clientSecret: secret.value } : {}),
  };
}
