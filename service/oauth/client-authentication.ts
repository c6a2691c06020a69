import type { Request } from 'express';
import { InvalidClient, InvalidRequest } from '../../shared/errors/index.js';
import { authenticateClientSecret } from '../clients/verify-client-secret.js';
import type { Deps } from '../deps.js';
import type { AuthMethod, StoredClient } from '../storage/stores/clients-store.js';

/** Body parameters that carry client credentials; every OAuth endpoint allow-lists them. */
export const clientAuthParams = ['client_id', 'client_secret', 'client_assertion', 'client_assertion_type'] as const;

export interface ClientCredentials {
  method: AuthMethod;
  clientId: string;
  secret?: string;
}

/** One message for every failure, so unknown ids, wrong secrets and wrong methods look alike (A2). */
const FAILED = 'client authentication failed';

/**
 * Reads the credentials of a token/revocation/introspection request without checking them,
 * so rate limits can key on the claimed client id first. RFC 6749 §2.3: exactly one method
 * (docs/security.md A3). RFC 6749 §2.3.1: Basic id and secret are form-url-encoded before base64
 * (A5). We support no client assertions (A7: refused as `invalid_client`).
 */
export function readClientCredentials(req: Request, params: Partial<Record<(typeof clientAuthParams)[number], string>>): ClientCredentials {
  const basic = parseBasic(req.get('authorization'));
  if (params.client_assertion !== undefined || params.client_assertion_type !== undefined) {
    throw new InvalidClient('client assertions are not supported');
  }
  if (basic) {
    if (params.client_secret !== undefined) throw new InvalidRequest('use exactly one client authentication method');
    if (params.client_id !== undefined && params.client_id !== basic.clientId) {
      throw new InvalidRequest('client_id does not match the Authorization header');
    }
    return { method: 'client_secret_basic', ...basic };
  }
  if (params.client_id === undefined) throw new InvalidClient('client authentication is required');
  if (params.client_secret !== undefined) return { method: 'client_secret_post', clientId: params.client_id, secret: params.client_secret };
  return { method: 'none', clientId: params.client_id };
}

/**
 * Checks credentials: a confidential client by one of its live secrets with the method it
 * registered (A4), a public client (`none`) by its id alone (its proof is PKCE). Unknown client,
 * wrong secret and wrong method all answer the same 401 `invalid_client` (A1, A2).
 */
export async function authenticateClient(deps: Pick<Deps, 'stores' | 'clock'>, creds: ClientCredentials): Promise<StoredClient> {
  if (creds.method === 'none') {
    const client = await deps.stores.clients.byId(creds.clientId);
    if (!client || client.token_endpoint_auth_method !== 'none') throw new InvalidClient(FAILED);
    return client;
  }
  const client = await authenticateClientSecret(deps, creds.clientId, creds.secret ?? '');
  if (!client || client.token_endpoint_auth_method !== creds.method) throw new InvalidClient(FAILED);
  return client;
}

function parseBasic(header: string | undefined): { clientId: string; secret: string } | undefined {
  if (!header) return undefined;
  const m = /^basic +([A-Za-z0-9+/=_-]*) *$/i.exec(header);
  if (!m) {
    if (/^basic\b/i.test(header)) throw new InvalidClient('malformed Basic credentials');
    throw new InvalidRequest('unsupported Authorization scheme for client authentication');
  }
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new InvalidClient('malformed Basic credentials');
  const clientId = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  if (clientId === undefined || secret === undefined || clientId === '') throw new InvalidClient('malformed Basic credentials');
  return { clientId, secret };
}

/** application/x-www-form-urlencoded decoding (RFC 6749 App. B): `+` is a space, then %XX. */
function formDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
