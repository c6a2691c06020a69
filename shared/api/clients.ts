import { z } from 'zod';
import { OAuthClient, type ClientUriVerification } from '../oauth/client-metadata.js';

// OAuth client self-service (`/api/v1/accounts/:account/oauth_clients`).

/**
 * A client as the management API answers it: the shared wire model (RFC 7591 names), with the
 * live secrets' metadata and `client_uri_verification` (null without client_uri).
 */
export const ClientResponse = OAuthClient;
export type ClientResponse = z.infer<typeof ClientResponse>;

/** Answer of the list call. */
export const ClientListResponse = z
  .object({ oauth_clients: z.array(ClientResponse).describe('The clients, newest first.') })
  .describe('OAuth clients of an account.');
export type ClientListResponse = z.infer<typeof ClientListResponse>;

/**
 * What a client needs before it can be made public (`make_public`): the names a
 * `precondition_failed` error lists in `unmet`, each with the sentence that explains it.
 */
export const PUBLIC_PREREQUISITES = {
  client_name: 'a name',
  logo_uri: 'an https logo_uri',
  client_uri_verified: 'a client_uri whose host is verified by DNS',
  non_identity_scope: 'at least one scope beyond identity (openid, profile, email)',
} as const;

export type PublicPrerequisite = keyof typeof PUBLIC_PREREQUISITES;

/**
 * A host that was verified and then lost its badge (several consecutive definite misses): the
 * service keeps `verified_at` when such a verification fails, while a challenge that timed out
 * never had one.
 */
export function verificationLost(v: Pick<ClientUriVerification, 'status' | 'verified_at'> | null | undefined): boolean {
  return v?.status === 'failed' && v.verified_at !== null;
}
