import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { Forbidden, InvalidRequest } from '../../../shared/errors/index.js';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import { requireUserPage } from '../../auth/require-user-page.js';
import type { Deps } from '../../deps.js';
import { htmlErrors } from '../../http/error-style.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { Grant } from '../../storage/stores/grants-store.js';
import { renderConsentPage } from '../../ui/pages/consent-page.js';
import { allowFormRedirectTo } from '../consent/allow-form-redirect.js';
import { consentView } from '../consent/consent-view.js';
import { issueCodeAndRedirect } from '../consent/issue-code.js';
import { mayUseClient } from '../policy/may-use-client.js';
import { authorizationRedirectErrors, trustRedirect } from './authorization-redirect-errors.js';
import {
  pickClientParams,
  pickState,
  resolveRedirectUri,
  validateAuthorizationRequest,
  type ValidatedAuthorization,
} from './authorization-request.js';

/** A pending consent lives as long as a user may reasonably take to read the page. */
const PENDING_TTL_MS = 10 * 60 * 1000;

type AuthorizeDeps = Pick<Deps, 'config' | 'stores' | 'catalog' | 'clock' | 'random' | 'logger' | 'audit'>;

interface IdentifiedClient {
  client: StoredClient;
  redirectUri: string;
  redirectUriInRequest: boolean;
}

/**
 * `GET /oauth2/auth` (RFC 6749 §4.1.1, OAuth 2.1 §4.1.1), in named steps: identify the client
 * and its redirect URI (failures are error pages, never redirects: RFC 6749 §4.1.2.1), sign the
 * user in first (RFC 9700 §4.11.2), then validate the rest (failures redirect with `error`,
 * `state` and `iss`), apply the visibility rule, and either issue a code at once for scopes
 * already granted (incremental consent) or show the consent page. No CORS (OAuth 2.1 §3.1).
 */
export function createAuthorizationEndpoint(deps: AuthorizeDeps): Array<RequestHandler | ErrorRequestHandler> {
  const identifyClient: RequestHandler = async (req, res, next) => {
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    const params = pickClientParams(req.query);
    const client = await deps.stores.clients.byId(params.client_id as string);
    if (!client) throw new InvalidRequest('unknown client_id: no app is registered with this identifier', { field: 'client_id' });
    const identified: IdentifiedClient = {
      client,
      redirectUri: resolveRedirectUri(client, params.redirect_uri),
      redirectUriInRequest: params.redirect_uri !== undefined,
    };
    res.locals.identifiedClient = identified;
    next();
  };

  const authorize: RequestHandler = async (req, res) => {
    const { user, session } = requireAuth(res);
    const { client, redirectUri, redirectUriInRequest } = res.locals.identifiedClient as IdentifiedClient;
    const iss = deps.config.PUBLIC_URL;
    trustRedirect(res, { redirectUri, state: undefined, iss });
    const state = pickState(req.query);
    trustRedirect(res, { redirectUri, state, iss });

    // Visibility before anything else is said to the app (docs/security.md K7): an error page, no code.
    if (!(await mayUseClient(deps, { user, client, accountIds: [] }))) {
      throw new Forbidden('This app is not available to you: it is private to the account that created it.');
    }
    const request = validateAuthorizationRequest(deps.catalog, client, req.query, { redirectUri, redirectUriInRequest, state });
    const grant = await deps.stores.grants.liveFor(user.id, client.client_id);
    // RFC 9700 §4.14.2 / docs/security.md K6: silent approval only for scopes already granted.
    if (grant && request.scopes.every((s) => grant.scopes.includes(s))) {
      await issueCodeAndRedirect(deps, res, { grant, request, scopes: request.scopes, authTime: session?.createdAt ?? deps.clock.now() });
      return;
    }
    await showConsent(deps, res, { client, request, grant });
  };

  return [htmlErrors, identifyClient, requireUserPage, authorize, authorizationRedirectErrors];
}

async function showConsent(
  deps: AuthorizeDeps,
  res: Response,
  input: { client: StoredClient; request: ValidatedAuthorization; grant: Grant | undefined },
): Promise<void> {
  const { user } = requireAuth(res);
  const now = deps.clock.now();
  const requestId = deps.random.token(32);
  await deps.stores.authorizationRequests.create({
    id: requestId,
    userId: user.id,
    clientId: input.client.client_id,
    params: input.request,
    createdAt: now,
    expiresAt: now + PENDING_TTL_MS,
  });
  const owner = await deps.stores.accounts.byId(input.client.account_id);
  const view = await consentView(deps, { user, csrfToken: csrfTokenFor(res), requestId, owner, ...input });
  allowFormRedirectTo(res, input.request.redirectUri);
  renderConsentPage(res, view);
}
