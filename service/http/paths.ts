import { apiPaths } from '../../shared/api/index.js';

/**
 * Every path the service answers, in one place; protocol paths match the discovery metadata keys
 * (CONTRIBUTING.md#the-route-table) and Cloudflare/Hydra naming.
 */
export const paths = {
  healthz: '/healthz',
  readyz: '/readyz',
  metrics: '/metrics',
  assets: '/assets',

  authorization_endpoint: '/oauth2/auth',
  token_endpoint: '/oauth2/token',
  revocation_endpoint: '/oauth2/revoke',
  introspection_endpoint: '/oauth2/introspect',
  userinfo_endpoint: '/oauth2/userinfo',
  jwks_uri: '/.well-known/jwks.json',
  oauthMetadata: '/.well-known/oauth-authorization-server',
  openidConfiguration: '/.well-known/openid-configuration',
  consent: '/oauth2/consent',

  login: '/login',
  logout: '/logout',
  signup: '/signup',
  settingsTokens: '/settings/tokens',
  settingsTokenRevoke: '/settings/tokens/:id/revoke',
  dashboard: '/',
  accountClients: '/accounts/:account/clients',
  accounts: '/accounts',
  accountMembers: '/accounts/:account/members',
  accountMemberRole: '/accounts/:account/members/:user_id/role',
  accountMemberRemove: '/accounts/:account/members/:user_id/remove',
  accountSettings: '/accounts/:account/settings',
  accountAuditLog: '/accounts/:account/audit-log',
  accountClientNew: '/accounts/:account/clients/new',
  accountClient: '/accounts/:account/clients/:client_id',
  connectedApps: '/connected-apps',
  connectedAppRevoke: '/connected-apps/:grant_id/revoke',
  accountGrants: '/accounts/:account/grants',
  accountGrantRevoke: '/accounts/:account/grants/:grant_id/revoke',

  // The companion API: one source with the extension (shared/api/paths.ts).
  api: apiPaths.root,
  openapi: apiPaths.openapi,
  apiAccounts: apiPaths.accounts,
  oauthClients: apiPaths.oauthClients,
  apiUserTokens: apiPaths.userTokens,
  apiUserToken: apiPaths.userToken,
  apiUserGrants: apiPaths.userGrants,
  apiUserGrant: apiPaths.userGrant,
  apiAccountAuditLog: apiPaths.accountAuditLog,
  apiAccountGrants: apiPaths.accountGrants,
  apiAccountGrant: apiPaths.accountGrant,
  apiClientGrantsCount: apiPaths.clientGrantsCount,
  apiPublicClient: apiPaths.publicClient,
  apiPublicAnalyze: apiPaths.publicAnalyze,

  adminSigningKeys: '/admin/signing-keys',
  adminSigningKeysRotate: '/admin/signing-keys/rotate',
} as const;
