import type { ClientResponse } from '../../shared/api/index.js';
import { toVerificationView } from '../domains/verification-view.js';
import type { ClientSecret, StoredClient } from '../storage/stores/clients-store.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';

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
