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
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'logger' | 'audit'>,
  res: Response,
  input: { grant: Grant; request: ValidatedAuthorization; scopes: string[]; authTime: number },
): Promise<void> {
  const { grant, request } = input;
  const now = deps.clock.now();
  await flagConstantChallenge(deps, grant, request);
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

/**
 * RFC 9700 §2.1.1: a client that sends the same PKCE challenge again (a hard-coded verifier)
 * gets no protection from PKCE. The request is still served (docs/security.md P9: accepted but
 * flagged), and the owners see it in their account's audit log.
 */
async function flagConstantChallenge(
  deps: Pick<Deps, 'stores' | 'logger' | 'audit'>,
  grant: Grant,
  request: ValidatedAuthorization,
): Promise<void> {
  if (!request.codeChallenge || !(await deps.stores.authorizationCodes.challengeSeen(request.clientId, request.codeChallenge))) return;
  deps.logger.warn({ client_id: request.clientId }, 'PKCE code_challenge reused by client (RFC 9700 §2.1.1)');
  const client = await deps.stores.clients.byId(request.clientId);
  await deps.audit.record({
    accountId: client?.account_id ?? null,
    actorUserId: grant.userId,
    action: 'oauth_client.pkce_challenge_reused',
    targetType: 'oauth_client',
    targetId: request.clientId,
    data: {},
  });
}
