import express, { type Express } from 'express';
import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { NotFound } from '../shared/errors/index.js';
import { createAuditApiRouter } from './audit/audit-api-router.js';
import { createAuditLogPageEndpoint } from './audit/pages/audit-log-page-endpoint.js';
import { createRequireCsrf } from './auth/csrf.js';
import { createApiTokensPageEndpoint } from './auth/endpoints/api-tokens-page-endpoint.js';
import { createCreateApiTokenPageEndpoint } from './auth/endpoints/create-api-token-page-endpoint.js';
import { createLoginEndpoint } from './auth/endpoints/login-endpoint.js';
import { createLoginFormEndpoint } from './auth/endpoints/login-form-endpoint.js';
import { createLogoutEndpoint } from './auth/endpoints/logout-endpoint.js';
import { createRevokeApiTokenPageEndpoint } from './auth/endpoints/revoke-api-token-page-endpoint.js';
import { createSignupEndpoint } from './accounts/pages/signup-endpoint.js';
import { createSignupFormEndpoint } from './accounts/pages/signup-form-endpoint.js';
import { createPreSessionCsrf } from './auth/pre-session-csrf.js';
import { requireUserPage } from './auth/require-user-page.js';
import { createRequireSignupEnabled } from './accounts/require-signup-enabled.js';
import { createSessionMiddleware } from './auth/session-middleware.js';
import { createUserTokensApiRouter } from './auth/user-tokens-api-router.js';
import { createAccountsApiRouter } from './accounts/accounts-api-router.js';
import { createAddMemberForm } from './accounts/pages/add-member-form.js';
import { createChangeRoleForm } from './accounts/pages/change-role-form.js';
import { createCreateAccountForm } from './accounts/pages/create-account-form.js';
import { createDashboardPageEndpoint } from './accounts/pages/dashboard-page-endpoint.js';
import { createMembersPageEndpoint } from './accounts/pages/members-page-endpoint.js';
import { createRemoveMemberForm } from './accounts/pages/remove-member-form.js';
import { createSettingsPageEndpoint } from './accounts/pages/settings-page-endpoint.js';
import { createUpdateSettingsForm } from './accounts/pages/update-settings-form.js';
import { createOpenApiEndpoint } from './api/openapi-endpoint.js';
import { createOpenApiRegistry } from './api/openapi-registry.js';
import { createClientPagesRouter } from './clients/client-pages-router.js';
import { createClientsApiRouter } from './clients/clients-api-router.js';
import type { Deps } from './deps.js';
import { createServicePoller } from './domains/service-poller.js';
import { formBody } from './http/body-parsers.js';
import { withDocumentFastPath } from './http/document-fast-path.js';
import { createErrorMapper } from './http/error-mapper.js';
import { htmlErrors } from './http/error-style.js';
import { paths } from './http/paths.js';
import type { PublicDocument } from './http/public-document.js';
import { requestLogger } from './http/request-logger.js';
import { createRequestObserver, type RequestObserver } from './http/request-observer.js';
import { securityHeaderFields, securityHeaders, type HeaderFields } from './http/security-headers.js';
import { createAllowLoginRedirect } from './oauth/consent/allow-login-redirect.js';
import { createConsentEndpoint } from './oauth/consent/consent-endpoint.js';
import { createConnectedAppsApiRouter } from './connected-apps/connected-apps-api-router.js';
import {
  createAccountGrantsPage,
  createConnectedAppsPage,
  createRevokeAccountGrantForm,
  createRevokeConnectedAppForm,
} from './connected-apps/grants-pages.js';
import { createAuthorizationEndpoint } from './oauth/endpoints/authorization.js';
import { createDiscoveryDocument } from './oauth/endpoints/discovery.js';
import { createJwksDocument } from './oauth/endpoints/jwks.js';
import { openCorsFields } from './http/open-cors.js';
import { createOAuthProtocolRouter } from './oauth/oauth-protocol-router.js';
import { createPublicApiRouter } from './public-api/public-api-router.js';
import { createRotateSigningKeysEndpoint, createSigningKeysPageEndpoint } from './keys/pages/signing-keys-page-endpoint.js';
import { createMetricsEndpoint, createReadyz, healthz } from './ops/health-endpoints.js';
import { renderErrorPage } from './ui/render-error-page.js';

export interface AppState {
  /** Set on SIGTERM: readiness turns 503 while in-flight requests drain. */
  draining: boolean;
}

const assetsDir = fileURLToPath(new URL('./ui/assets/', import.meta.url));

/** What the Express app and the fast path in front of it share: one of each. */
interface Front {
  observer: RequestObserver;
  securityHeaders: HeaderFields;
  documents: { discovery: PublicDocument; jwks: PublicDocument };
}

function createFront(deps: Deps): Front {
  return {
    observer: createRequestObserver({ metrics: deps.metrics, log: requestLogger(deps.logger) }),
    securityHeaders: securityHeaderFields({ https: deps.config.PUBLIC_URL.startsWith('https:') }),
    documents: { discovery: createDiscoveryDocument(deps), jwks: createJwksDocument(deps) },
  };
}

/**
 * The server's request listener: discovery metadata and JWKS answered from memory
 * (service/http/document-fast-path.ts), everything else by the Express app.
 */
export function createRequestListener(deps: Deps, state: AppState = { draining: false }): RequestListener {
  const front = createFront(deps);
  const { discovery, jwks } = front.documents;
  const cors = openCorsFields(['GET']);
  return withDocumentFastPath(createApp(deps, state, front), {
    documents: new Map([
      [paths.oauthMetadata, discovery],
      [paths.openidConfiguration, discovery],
      [paths.jwks_uri, jwks],
    ]),
    observer: front.observer,
    fields: [...front.securityHeaders, ...cors.actual],
    preflight: [...front.securityHeaders, ...cors.preflight],
  });
}

/**
 * The one route table (docs/architecture.md#the-route-table): operations, static assets, the
 * public OAuth protocol router, the management API, the dashboard pages, then 404 and the one
 * error mapper. Each router mounts only handlers of its own folder; what crosses folders (the
 * verification poller, the sign-in page's redirect policy) is wired here.
 */
export function createApp(deps: Deps, state: AppState = { draining: false }, front: Front = createFront(deps)): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.set('query parser', 'simple');

  app.get(paths.healthz, healthz);
  app.get(paths.readyz, createReadyz(deps, state));
  app.get(paths.metrics, createMetricsEndpoint(deps));

  // The metric and the log line of each request, then the security headers, in one step each.
  app.use(front.observer.middleware);
  app.use(securityHeaders(front.securityHeaders));
  app.use(paths.assets, express.static(assetsDir, { index: false, maxAge: '1h', fallthrough: false }));

  // Token, revocation, introspection, userinfo, metadata, JWKS: lean, cookie-free, CORS-open.
  app.use(createOAuthProtocolRouter(deps, front.documents));

  // The OpenAPI document (public) lists what every API router registers in `openapi`.
  const openapi = createOpenApiRegistry();
  // Public lookup for the browser extension: no auth, cookie-free, CORS-open, limited per IP.
  app.use(createPublicApiRouter(deps, openapi));

  // Who is asking: the session cookie, read everywhere except the lean client-facing endpoints.
  const leanPaths = [paths.token_endpoint, paths.revocation_endpoint, paths.introspection_endpoint, '/.well-known'];
  app.use(createSessionMiddleware(deps, { skip: leanPaths }));
  const requireCsrf = createRequireCsrf(deps);
  const preSessionCsrf = createPreSessionCsrf(deps);
  const signupEnabled = createRequireSignupEnabled(deps);
  // The sign-in form may end in a redirect to an app: the authorization endpoint knows which.
  const allowReturnRedirect = createAllowLoginRedirect(deps);
  // "Check now" runs the poller's check of one row; the background loop runs in `serve`.
  const poller = createServicePoller(deps);

  // Sign-in, sign-up, sign-out and personal API tokens (pages; errors render as HTML).
  app.get(paths.login, htmlErrors, preSessionCsrf, createLoginFormEndpoint(deps, allowReturnRedirect));
  app.post(paths.login, htmlErrors, formBody, preSessionCsrf, requireCsrf, createLoginEndpoint(deps, allowReturnRedirect));
  app.post(paths.logout, htmlErrors, formBody, requireCsrf, createLogoutEndpoint(deps));
  app.get(paths.signup, htmlErrors, signupEnabled, preSessionCsrf, createSignupFormEndpoint());
  app.post(paths.signup, htmlErrors, signupEnabled, formBody, preSessionCsrf, requireCsrf, createSignupEndpoint(deps));
  app.get(paths.settingsTokens, htmlErrors, requireUserPage, createApiTokensPageEndpoint(deps));
  app.post(paths.settingsTokens, htmlErrors, requireUserPage, formBody, requireCsrf, createCreateApiTokenPageEndpoint(deps));
  app.post(paths.settingsTokenRevoke, htmlErrors, requireUserPage, formBody, requireCsrf, createRevokeApiTokenPageEndpoint(deps));

  // OAuth authorization endpoint and consent (pages: sign in first, errors before the redirect
  // URI is trusted render as HTML; no CORS here, OAuth 2.1 §3.1).
  app.get(paths.authorization_endpoint, ...createAuthorizationEndpoint(deps));
  app.post(paths.consent, ...createConsentEndpoint(deps));

  app.get(paths.openapi, createOpenApiEndpoint(deps, openapi));

  // Personal API tokens (bearer token, or session cookie + X-CSRF-Token).
  app.use(paths.apiUserTokens, createUserTokensApiRouter(deps, openapi));

  // Connected apps: the caller's grants, account admins' view, client owners' count (API).
  app.use(createConnectedAppsApiRouter(deps, openapi));
  // An account's audit log (API), before the accounts router, which authenticates all it serves.
  app.use(createAuditApiRouter(deps, openapi));

  // OAuth client self-service: management API and dashboard pages.
  app.use(paths.oauthClients, createClientsApiRouter(deps, openapi, poller));
  app.use(paths.accountClients, createClientPagesRouter(deps, poller));

  // Accounts, members, settings and audit log: management API, then the dashboard pages.
  app.use(paths.apiAccounts, createAccountsApiRouter(deps, openapi));
  app.get(paths.dashboard, htmlErrors, requireUserPage, createDashboardPageEndpoint(deps));
  app.post(paths.accounts, htmlErrors, requireUserPage, formBody, requireCsrf, createCreateAccountForm(deps));
  app.get(paths.accountMembers, htmlErrors, requireUserPage, createMembersPageEndpoint(deps));
  app.post(paths.accountMembers, htmlErrors, requireUserPage, formBody, requireCsrf, createAddMemberForm(deps));
  app.post(paths.accountMemberRole, htmlErrors, requireUserPage, formBody, requireCsrf, createChangeRoleForm(deps));
  app.post(paths.accountMemberRemove, htmlErrors, requireUserPage, formBody, requireCsrf, createRemoveMemberForm(deps));
  app.get(paths.accountSettings, htmlErrors, requireUserPage, createSettingsPageEndpoint(deps));
  app.post(paths.accountSettings, htmlErrors, requireUserPage, formBody, requireCsrf, createUpdateSettingsForm(deps));
  app.get(paths.accountAuditLog, htmlErrors, requireUserPage, createAuditLogPageEndpoint(deps));

  // Connected apps (pages): the user's grants and, for account admins, the members' grants.
  app.get(paths.connectedApps, htmlErrors, requireUserPage, createConnectedAppsPage(deps));
  app.post(paths.connectedAppRevoke, htmlErrors, requireUserPage, formBody, requireCsrf, createRevokeConnectedAppForm(deps));
  app.get(paths.accountGrants, htmlErrors, requireUserPage, createAccountGrantsPage(deps));
  app.post(paths.accountGrantRevoke, htmlErrors, requireUserPage, formBody, requireCsrf, createRevokeAccountGrantForm(deps));

  // Operator admins (admins of a first-party account): the token signing keys.
  app.get(paths.adminSigningKeys, htmlErrors, requireUserPage, createSigningKeysPageEndpoint(deps));
  app.post(paths.adminSigningKeysRotate, htmlErrors, requireUserPage, formBody, requireCsrf, createRotateSigningKeysEndpoint(deps));

  app.use((_req, _res, next) => next(new NotFound('no such page or endpoint')));
  app.use(createErrorMapper({ logger: deps.logger, renderErrorPage }));
  return app;
}
