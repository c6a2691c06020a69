import { Router, type RequestHandler } from 'express';
import { AnalyzeRequest, AnalyzeResponse, ApiError, PublicClientInfo } from '../../shared/api/index.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import { clientIp } from '../http/client-address.js';
import type { Deps } from '../deps.js';
import { jsonBody } from '../http/body-parsers.js';
import { paths } from '../http/paths.js';
import { openCors } from '../http/open-cors.js';
import { createAnalyzeAuthorizationRequestEndpoint } from './endpoints/analyze-authorization-request-endpoint.js';
import { createGetPublicClientEndpoint, publicClientParams, publicClientQuery } from './endpoints/get-public-client-endpoint.js';

type Route = Omit<ApiOperation, 'tags' | 'public'> & { handler: RequestHandler };

const error = (description: string) => ({ description, schema: ApiError });
const limited = { 429: error('Too many lookups from this address; see Retry-After.') };

/**
 * `/api/v1/public`: the lookup API of the browser extension. No authentication and no cookies
 * (mounted before the session middleware), CORS open to any origin without credentials, every
 * call counted against `publicLookupPerIp`.
 */
export function createPublicApiRouter(deps: Deps, openapi: OpenApiRegistry): Router {
  openapi.registerSchema('PublicClientInfo', PublicClientInfo);
  openapi.registerSchema('AnalyzeRequest', AnalyzeRequest);
  openapi.registerSchema('AnalyzeResponse', AnalyzeResponse);
  const routes: Route[] = [
    { method: 'get', path: paths.apiPublicClient, handler: createGetPublicClientEndpoint(deps), operationId: 'getPublicClient',
      summary: 'Public facts about an OAuth client', params: publicClientParams, query: publicClientQuery,
      description: 'Public clients: name, logo, publisher host, verification, owner account, redirect URIs and scopes. Private clients: only that they exist.',
      responses: { 200: { description: 'The client.', schema: PublicClientInfo }, 404: error('No such client (`not_found`).'), ...limited } },
    { method: 'post', path: paths.apiPublicAnalyze, handler: createAnalyzeAuthorizationRequestEndpoint(deps),
      operationId: 'analyzeAuthorizationRequest', summary: 'Analyze an authorization request without side effects', body: AnalyzeRequest,
      description: 'The findings `/oauth2/auth` would produce for the URL: unknown client, unregistered redirect URI, scopes, PKCE, state.',
      responses: { 200: { description: 'Findings, most severe first.', schema: AnalyzeResponse },
        400: error('The body or `url` is not an authorization request to this service (`field: url`).'), 415: error('Body is not application/json.'), ...limited } },
  ];

  const router = Router();
  const cors = openCors(['GET', 'POST']);
  const limit: RequestHandler = async (req, _res, next) => {
    await deps.limiters.consume('publicLookupPerIp', clientIp(req));
    next();
  };
  for (const { handler, ...doc } of routes) {
    router.route(doc.path).all(cors)[doc.method](limit, jsonBody, handler);
    openapi.registerOperation({ ...doc, tags: ['Public lookup'], public: true });
  }
  return router;
}
