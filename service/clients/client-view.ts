import { z } from 'zod';
import { ClientSecretInfo, OAuthClient } from '../../shared/oauth/index.js';
import { toVerificationView } from '../domains/verification-view.js';
import type { ClientSecret, StoredClient } from '../storage/stores/clients-store.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';

export { ClientSecretInfo };

/**
 * What the management API answers for a client: the shared wire model, which carries the live
 * secrets' metadata and `client_uri_verification` (null without client_uri).
 */
export const ClientResponse = OAuthClient;
export type ClientResponse = z.infer<typeof ClientResponse>;

const iso = (ms: number) => new Date(ms).toISOString();

/** The wire form of a stored client (RFC 7591 §3.2.1 names); unset optional URLs are omitted. */
export function toClientResponse(
  c: StoredClient,
  secrets: readonly ClientSecret[],
  clientSecret?: string,
  verification?: DomainVerification,
): ClientResponse {
  return {
    client_id: c.client_id,
    ...(clientSecret === undefined ? {} : { client_secret: clientSecret }),
    account_id: c.account_id,
    client_name: c.client_name,
    redirect_uris: c.redirect_uris,
    grant_types: c.grant_types as ClientResponse['grant_types'],
    response_types: c.response_types as ClientResponse['response_types'],
    token_endpoint_auth_method: c.token_endpoint_auth_method,
    scopes: c.scopes,
    optional_scopes: c.optional_scopes,
    ...(c.client_uri === null ? {} : { client_uri: c.client_uri }),
    ...(c.logo_uri === null ? {} : { logo_uri: c.logo_uri }),
    ...(c.policy_uri === null ? {} : { policy_uri: c.policy_uri }),
    ...(c.tos_uri === null ? {} : { tos_uri: c.tos_uri }),
    contacts: c.contacts,
    visibility: c.visibility,
    client_uri_verification: c.client_uri === null ? null : toVerificationView(verification),
    secrets: secrets.map((s) => ({ id: s.id, created_at: iso(s.createdAt) })),
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
  };
}

/** Answer of the list call. */
export const ClientListResponse = z
  .object({ oauth_clients: z.array(ClientResponse).describe('The clients, newest first.') })
  .describe('OAuth clients of an account.');
