import { Router, type RequestHandler } from 'express';
import { AccountGrantsResponse, ApiError, GrantsCountResponse, UserGrantsResponse } from '../../shared/api/index.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import { accountParams } from '../accounts/endpoints/account-params.js';
import { clientParams } from '../clients/endpoints/client-params.js';
import { createApiAuthenticator } from '../auth/api-authenticator.js';
import type { Deps } from '../deps.js';
import { paths } from '../http/paths.js';
import {
  accountGrantParams,
  createClientGrantsCountEndpoint,
  createListAccountGrantsEndpoint,
  createListUserGrantsEndpoint,
  createRevokeAccountGrantEndpoint,
  createRevokeUserGrantEndpoint,
  grantParams,
} from './grants-endpoints.js';
import { grantListQuery } from './grant-pages.js';

type Route = Omit<ApiOperation, 'tags'> & { handler: RequestHandler };

const error = (description: string) => ({ description, schema: ApiError });
const unauthorized = error('No session or personal API token (WWW-Authenticate: Bearer).');
const forbidden = error('Not an account admin; or a cookie-authenticated write without X-CSRF-Token.');
const notFound = error('No such account (or not a member), or no such live grant.');

/**
 * Connected apps over the API: the caller's grants, the grants of an account's members (admins),
 * and how many users authorized a client (its owners). Paths are absolute, so the router is
 * mounted at the root; each route carries the API authenticator itself.
 */
export function createConnectedAppsApiRouter(deps: Deps, openapi: OpenApiRegistry): Router {
  const routes: Route[] = [
    { method: 'get', path: paths.apiUserGrants, handler: createListUserGrantsEndpoint(deps), operationId: 'listUserGrants',
      summary: 'List the apps the caller authorized', query: grantListQuery,
      responses: { 200: { description: 'Grants, newest first.', schema: UserGrantsResponse }, 401: unauthorized } },
    { method: 'delete', path: paths.apiUserGrant, handler: createRevokeUserGrantEndpoint(deps), operationId: 'revokeUserGrant',
      summary: 'Revoke a grant and every token of it', params: grantParams, description: 'Audited as `grant.revoked`.',
      responses: { 204: { description: 'Revoked.' }, 401: unauthorized, 403: forbidden, 404: notFound, 429: error('Too many writes.') } },
    { method: 'get', path: paths.apiAccountGrants, handler: createListAccountGrantsEndpoint(deps), operationId: 'listAccountGrants',
      summary: "List the grants held by the account's members (admins)", params: accountParams, query: grantListQuery,
      responses: { 200: { description: 'Grants, newest first.', schema: AccountGrantsResponse }, 401: unauthorized, 403: forbidden, 404: notFound } },
    { method: 'delete', path: paths.apiAccountGrant, handler: createRevokeAccountGrantEndpoint(deps), operationId: 'revokeAccountGrant',
      summary: "Revoke a member's grant (admins)", params: accountGrantParams, description: 'Audited as `grant.revoked`.',
      responses: { 204: { description: 'Revoked.' }, 401: unauthorized, 403: forbidden, 404: notFound, 429: error('Too many writes.') } },
    { method: 'get', path: paths.apiClientGrantsCount, handler: createClientGrantsCountEndpoint(deps), operationId: 'countClientGrants',
      summary: 'How many users authorized the client', params: clientParams,
      responses: { 200: { description: 'The count of live grants.', schema: GrantsCountResponse }, 401: unauthorized, 404: notFound } },
  ];
  openapi.registerSchema('UserGrants', UserGrantsResponse);
  openapi.registerSchema('AccountGrants', AccountGrantsResponse);

  const router = Router();
  const apiAuth = createApiAuthenticator(deps);
  for (const { handler, ...doc } of routes) {
    router[doc.method](doc.path, apiAuth, handler);
    openapi.registerOperation({ ...doc, tags: ['Connected apps'] });
  }
  return router;
}
