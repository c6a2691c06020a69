import { InvalidRequest, InvalidScope, UnsupportedResponseType, quoteValue } from '../../../shared/errors/index.js';
import { isValidCodeChallenge, matchRedirectUri, PKCE_METHOD_S256 } from '../../../shared/oauth/index.js';
import { parseScope, type ScopeCatalog } from '../../../shared/scopes/index.js';
import { pickParams } from '../../http/pick-params.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';

/** An authorization request after every check; stored with the pending consent. */
export interface ValidatedAuthorization {
  clientId: string;
  redirectUri: string;
  /** Whether `redirect_uri` was sent (then the token request must repeat it, RFC 6749 §4.1.3). */
  redirectUriInRequest: boolean;
  /** Requested scopes, de-duplicated, request order. */
  scopes: string[];
  state: string | undefined;
  nonce: string | undefined;
  codeChallenge: string;
  codeChallengeMethod: typeof PKCE_METHOD_S256;
}

/** Longer states are refused (docs/security.md S1, N6); 4096 comfortably holds any real client's state. */
const MAX_STATE_LENGTH = 4096;

/** Step 1: the two parameters that decide whether errors may be redirected at all (N1). */
export function pickClientParams(query: unknown): { client_id?: string; redirect_uri?: string } {
  const p = pickParams(query, ['client_id', 'redirect_uri']);
  if (p.client_id === undefined) throw new InvalidRequest('client_id is required', { field: 'client_id' });
  return p;
}

/**
 * Step 3: the redirect URI to use. Exact string match (RFC 9700 §4.1.3); the RFC 8252 §7.3
 * loopback port rule only for public clients. Omitted, it defaults to the only registered URI;
 * with several registered it is required (OAuth 2.1 §2.3.2; docs/security.md R11). A failure here is
 * always an error page: the URI is not trusted.
 */
export function resolveRedirectUri(client: StoredClient, requested: string | undefined): string {
  if (requested === undefined) {
    if (client.redirect_uris.length === 1) return client.redirect_uris[0] as string;
    throw new InvalidRequest('redirect_uri is required because the app registered several', { field: 'redirect_uri' });
  }
  const nativeLoopback = client.token_endpoint_auth_method === 'none';
  const match = matchRedirectUri(client.redirect_uris, requested, { nativeLoopback });
  if (match === undefined) {
    throw new InvalidRequest('redirect_uri is not registered for this app', { field: 'redirect_uri', detail: requested });
  }
  return match;
}

/** The state, picked on its own so a broken state can still be left out of the error redirect. */
export function pickState(query: unknown): string | undefined {
  try {
    return pickParams(query, ['state'], { maxLength: MAX_STATE_LENGTH }).state;
  } catch (err) {
    if (err instanceof InvalidRequest) err.field = 'state';
    throw err;
  }
}

/**
 * Step 5: everything else, once errors may be redirected. Unknown parameters are ignored
 * (RFC 6749 §3.1; docs/security.md S5).
 */
export function validateAuthorizationRequest(
  catalog: ScopeCatalog,
  client: StoredClient,
  query: unknown,
  redirect: { redirectUri: string; redirectUriInRequest: boolean; state: string | undefined },
): ValidatedAuthorization {
  const p = pickParams(query, ['response_type', 'scope', 'code_challenge', 'code_challenge_method', 'nonce']);
  checkResponseType(p.response_type);
  const pkce = checkPkce(p.code_challenge, p.code_challenge_method);
  return {
    clientId: client.client_id,
    ...redirect,
    scopes: checkScopes(catalog, client, p.scope),
    nonce: p.nonce,
    ...pkce,
  };
}

function checkResponseType(responseType: string | undefined): void {
  if (responseType === undefined) throw new InvalidRequest('response_type is required', { field: 'response_type' });
  // OAuth 2.1 §10.1 removed the implicit grant; RFC 9700 §2.1.2: only `code`.
  if (responseType !== 'code') {
    throw new UnsupportedResponseType(`response_type ${quoteValue(responseType)} is not supported; use code`, {
      field: 'response_type',
    });
  }
}

function checkPkce(challenge: string | undefined, method: string | undefined) {
  // OAuth 2.1 §4.1.1 and RFC 9700 §2.1.1: PKCE for every client, S256 only.
  if (challenge === undefined) {
    throw new InvalidRequest('code_challenge is required (PKCE with S256)', { field: 'code_challenge' });
  }
  // RFC 7636 §4.3 defaults an omitted method to plain, which we refuse, so the method must be sent.
  if (method === undefined) {
    throw new InvalidRequest('code_challenge_method must be provided and be S256', { field: 'code_challenge_method' });
  }
  if (method !== PKCE_METHOD_S256) {
    throw new InvalidRequest('code_challenge_method must be S256', { field: 'code_challenge_method' });
  }
  if (!isValidCodeChallenge(challenge)) {
    throw new InvalidRequest('code_challenge must be 43-128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 section 4.2)', {
      field: 'code_challenge',
    });
  }
  return { codeChallenge: challenge, codeChallengeMethod: PKCE_METHOD_S256 } as const;
}

function checkScopes(catalog: ScopeCatalog, client: StoredClient, scope: string | undefined): string[] {
  // RFC 6749 §3.3: without a scope the server may apply a default; ours is the app's required scopes.
  if (scope === undefined) return [...client.scopes];
  const requested = parseScope(scope);
  for (const id of requested) {
    if (!catalog.has(id)) throw new InvalidScope(`scope ${quoteValue(id)} is unknown`, { field: 'scope' });
    if (!client.scopes.includes(id) && !client.optional_scopes.includes(id)) {
      throw new InvalidScope(`scope ${quoteValue(id)} is not registered for this app`, { field: 'scope' });
    }
  }
  return requested;
}
