/**
 * The companion API's paths (`/api/v1`), as Express route templates: the service mounts its
 * routers on them and documents them in OpenAPI; the extension fills them with {@link apiPath}.
 */
export const apiPaths = {
  root: '/api/v1',
  openapi: '/api/v1/openapi.json',
  accounts: '/api/v1/accounts',
  oauthClients: '/api/v1/accounts/:account/oauth_clients',
  userTokens: '/api/v1/user/tokens',
  userToken: '/api/v1/user/tokens/:id',
  userGrants: '/api/v1/user/grants',
  userGrant: '/api/v1/user/grants/:grant_id',
  accountAuditLog: '/api/v1/accounts/:account/audit_log',
  accountGrants: '/api/v1/accounts/:account/grants',
  accountGrant: '/api/v1/accounts/:account/grants/:grant_id',
  clientGrantsCount: '/api/v1/accounts/:account/oauth_clients/:client_id/grants_count',
  publicClient: '/api/v1/public/clients/:client_id',
  publicAnalyze: '/api/v1/public/authorization-requests/analyze',
} as const;

type ParamNames<T extends string> = T extends `${string}:${infer P}/${infer Rest}` ? P | ParamNames<`/${Rest}`> : T extends `${string}:${infer P}` ? P : never;

/**
 * A path template with its `:params` filled in, each percent-encoded as one path segment
 * (RFC 3986 §3.3), e.g. `apiPath(apiPaths.publicClient, { client_id })`.
 */
export function apiPath<T extends string>(template: T, params: Record<ParamNames<T>, string>): string {
  return template.replace(/:([a-z_]+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name]!));
}
