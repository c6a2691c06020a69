import type { Response } from 'express';
import type { Deps } from '../../deps.js';
import { sha256 } from '../../ports/random.js';
import type { Grant } from '../../storage/stores/grants-store.js';
import type { ValidatedAuthorization } from '../endpoints/authorization-request.js';
import { redirectToClient } from '../endpoints/authorization-response.js';

/**
 * Mints an authorization code for `scopes` under `grant` and redirects to the client with
 * `code`, `state` and `iss`. The code is 256 random bits (OAuth 2.1 §7.7), stored hashed, lives
 * CODE_TTL_SECONDS (≤ 60 s) and is bound to the client, the redirect URI, the PKCE challenge,
 * the nonce and the user (OAuth 2.1 §4.1.3).
 */
export async function issueCodeAndRedirect(
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'random'>,
  res: Response,
  input: { grant: Grant; request: ValidatedAuthorization; scopes: string[]; authTime: number },
): Promise<void> {
  const { grant, request } = input;
  const now = deps.clock.now();
  const code = deps.random.token(32);
  await deps.stores.authorizationCodes.create({
    codeHash: sha256(code),
    grantId: grant.id,
    clientId: request.clientId,
    userId: grant.userId,
    redirectUri: request.redirectUri,
    redirectUriInRequest: request.redirectUriInRequest,
    scopes: input.scopes,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
    nonce: request.nonce ?? null,
    authTime: input.authTime,
    createdAt: now,
    expiresAt: now + deps.config.CODE_TTL_SECONDS * 1000,
    consumedAt: null,
  });
  // RFC 9207 §2: iss on every authorization response, success included.
  redirectToClient(res, request.redirectUri, { code, state: request.state, iss: deps.config.PUBLIC_URL });
}
