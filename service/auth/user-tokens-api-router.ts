import { Router, type RequestHandler } from 'express';
import { ApiError, ApiTokenListResponse, ApiTokenResponse, CreatedApiTokenResponse } from '../../shared/api/index.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import type { Deps } from '../deps.js';
import { jsonBody } from '../http/body-parsers.js';
import { paths } from '../http/paths.js';
import { createApiAuthenticator } from './api-authenticator.js';
import { createApiTokenBody, createCreateApiTokenEndpoint } from './endpoints/create-api-token-endpoint.js';
import { createListApiTokensEndpoint } from './endpoints/list-api-tokens-endpoint.js';
import { createRevokeApiTokenEndpoint } from './endpoints/revoke-api-token-endpoint.js';
import { apiTokenParams } from './personal-api-tokens.js';

type Route = Omit<ApiOperation, 'path' | 'tags'> & { path: string; handler: RequestHandler };

const error = (description: string) => ({ description, schema: ApiError });
const unauthorized = error('No session or personal API token (WWW-Authenticate: Bearer); or a token in the query string.');
const forbidden = error('Cookie-authenticated write without a valid X-CSRF-Token, or a cross-site request.');

/** `/api/v1/user/tokens`: the caller's personal API tokens. Mounts the handlers and documents them. */
export function createUserTokensApiRouter(deps: Deps, openapi: OpenApiRegistry): Router {
  openapi.registerSchema('ApiToken', ApiTokenResponse);
  const routes: Route[] = [
    { method: 'get', path: '/', handler: createListApiTokensEndpoint(deps), operationId: 'listApiTokens',
      summary: "List the caller's personal API tokens",
      responses: { 200: { description: 'Tokens, newest first.', schema: ApiTokenListResponse }, 401: unauthorized } },
    { method: 'post', path: '/', handler: createCreateApiTokenEndpoint(deps), operationId: 'createApiToken',
      summary: 'Create a personal API token', body: createApiTokenBody,
      description: 'The token is in the response once and never again; only its hash is stored. Audited as `api_token.created`.',
      responses: { 201: { description: 'The new token, with its secret.', schema: CreatedApiTokenResponse }, 400: error('Invalid body, naming `field`.'),
        401: unauthorized, 403: forbidden, 415: error('Body is not application/json.'), 429: error('Too many writes.') } },
    { method: 'delete', path: '/:id', handler: createRevokeApiTokenEndpoint(deps), operationId: 'revokeApiToken',
      summary: 'Revoke a personal API token', params: apiTokenParams, description: 'Audited as `api_token.revoked`.',
      responses: { 204: { description: 'Revoked.' }, 401: unauthorized, 403: forbidden, 404: error('No such live token of the caller.') } },
  ];

  const router = Router();
  router.use(createApiAuthenticator(deps), jsonBody);
  for (const { handler, ...doc } of routes) {
    router[doc.method](doc.path, handler);
    const path = doc.path === '/' ? paths.apiUserTokens : `${paths.apiUserTokens}${doc.path}`;
    openapi.registerOperation({ ...doc, path, tags: ['API tokens'] });
  }
  return router;
}
