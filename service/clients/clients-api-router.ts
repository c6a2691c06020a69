import { Router, type RequestHandler } from 'express';
import { ClientUriVerification, clientMetadataInput, clientMetadataPatch } from '../../shared/oauth/index.js';
import { ApiError, ClientListResponse, ClientResponse } from '../../shared/api/index.js';
import { accountParams } from '../accounts/endpoints/account-params.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import { createApiAuthenticator } from '../auth/api-authenticator.js';
import type { Deps } from '../deps.js';
import type { VerificationPoller } from '../domains/verification-poller.js';
import { createCheckVerificationEndpoint } from './endpoints/check-verification-endpoint.js';
import { createMakePublicEndpoint } from './endpoints/make-public-endpoint.js';
import { createRestartVerificationEndpoint } from './endpoints/restart-verification-endpoint.js';
import { jsonBody } from '../http/body-parsers.js';
import { paths } from '../http/paths.js';
import { clientParams } from './endpoints/client-params.js';
import { createCreateClientEndpoint } from './endpoints/create-client-endpoint.js';
import { createDeleteClientEndpoint } from './endpoints/delete-client-endpoint.js';
import { createFinishSecretRotationEndpoint } from './endpoints/finish-secret-rotation-endpoint.js';
import { createGetClientEndpoint } from './endpoints/get-client-endpoint.js';
import { createListClientsEndpoint } from './endpoints/list-clients-endpoint.js';
import { createRotateClientSecretEndpoint } from './endpoints/rotate-client-secret-endpoint.js';
import { createUpdateClientEndpoint } from './endpoints/update-client-endpoint.js';

type Route = Omit<ApiOperation, 'path' | 'tags'> & { path: string; handler: RequestHandler };

const error = (description: string) => ({ description, schema: ApiError });
const common = {
  401: error('No session or personal API token.'),
  404: error('No such account (or not a member), or no such client.'),
};
const write = { ...common, 403: error('Members may read but not change clients; or a missing CSRF header.'), 429: error('Too many writes.') };

/**
 * `/api/v1/accounts/:account/oauth_clients`: the OAuth client self-service API. The route
 * table below both mounts the handlers and documents them, so the OpenAPI document lists
 * exactly what is served.
 */
export function createClientsApiRouter(deps: Deps, openapi: OpenApiRegistry, poller: Pick<VerificationPoller, 'checkNow'>): Router {
  openapi.registerSchema('OAuthClient', ClientResponse);
  openapi.registerSchema('OAuthClientList', ClientListResponse);
  openapi.registerSchema('OAuthClientMetadata', clientMetadataInput);
  openapi.registerSchema('OAuthClientPatch', clientMetadataPatch);
  openapi.registerSchema('ClientUriVerification', ClientUriVerification);
  const routes: Route[] = [
    { method: 'get', path: '/', handler: createListClientsEndpoint(deps), operationId: 'listOAuthClients',
      summary: 'List the OAuth clients of an account', params: accountParams,
      responses: { 200: { description: 'The clients, newest first.', schema: ClientListResponse }, ...common } },
    { method: 'post', path: '/', handler: createCreateClientEndpoint(deps), operationId: 'createOAuthClient',
      summary: 'Register an OAuth client', params: accountParams, body: clientMetadataInput,
      description: 'Admins and developers. `client_id` is generated; confidential clients get `client_secret` in this response only.',
      responses: { 201: { description: 'Created; `client_secret` is shown this once.', schema: ClientResponse },
        400: error('Invalid metadata (`invalid_client_metadata`, `invalid_redirect_uri`), naming `field`.'),
        413: error('Body too large.'), 415: error('Body is not application/json.'), ...write } },
    { method: 'get', path: '/:client_id', handler: createGetClientEndpoint(deps), operationId: 'getOAuthClient',
      summary: 'Read an OAuth client', params: clientParams,
      responses: { 200: { description: 'The client; secrets as metadata only.', schema: ClientResponse }, ...common } },
    { method: 'patch', path: '/:client_id', handler: createUpdateClientEndpoint(deps), operationId: 'updateOAuthClient',
      summary: 'Change an OAuth client', params: clientParams, body: clientMetadataPatch,
      description: 'Only the fields sent change; `null` clears an optional URL or the contacts. Moving from `none` to a confidential method returns a new `client_secret` once; moving to `none` drops every secret.',
      responses: { 200: { description: 'The changed client.', schema: ClientResponse },
        400: error('Invalid metadata, naming `field`.'), 413: error('Body too large.'), 415: error('Body is not application/json.'), ...write } },
    { method: 'delete', path: '/:client_id', handler: createDeleteClientEndpoint(deps), operationId: 'deleteOAuthClient',
      summary: 'Delete an OAuth client', params: clientParams,
      responses: { 204: { description: 'Deleted with its secrets.' }, ...write } },
    { method: 'post', path: '/:client_id/rotate_secret', handler: createRotateClientSecretEndpoint(deps),
      operationId: 'rotateOAuthClientSecret', summary: 'Start a secret rotation', params: clientParams,
      description: 'Issues a new secret (returned once). The previous one keeps working until the rotation is finished.',
      responses: { 200: { description: 'The client with the new `client_secret`.', schema: ClientResponse },
        409: error('Public client, or a rotation is already in progress.'), ...write } },
    { method: 'post', path: '/:client_id/rotate_secret/finish', handler: createFinishSecretRotationEndpoint(deps),
      operationId: 'finishOAuthClientSecretRotation', summary: 'Finish a secret rotation', params: clientParams,
      description: 'Every secret but the newest stops working.',
      responses: { 200: { description: 'The client with its one remaining secret.', schema: ClientResponse },
        409: error('No rotation in progress.'), ...write } },
    { method: 'post', path: '/:client_id/verification/check', handler: createCheckVerificationEndpoint({ ...deps, poller }),
      operationId: 'checkOAuthClientVerification', summary: 'Check the client_uri DNS record now', params: clientParams,
      description: 'Looks up `_consentry-challenge.<host>` on every configured resolver at once. Limited per client (`verificationCheckPerClient`).',
      responses: { 200: { description: 'The verification after the lookup.', schema: ClientUriVerification },
        409: error('No client_uri, or the verification failed (restart it first).'), ...write, 429: error('Too many checks of this client, or too many writes; see Retry-After.') } },
    { method: 'post', path: '/:client_id/verification/restart', handler: createRestartVerificationEndpoint(deps),
      operationId: 'restartOAuthClientVerification', summary: 'Restart the client_uri verification', params: clientParams,
      description: 'Re-opens a pending or failed challenge for another 48 h. After a verified host lost its badge the token is new.',
      responses: { 200: { description: 'The re-opened verification.', schema: ClientUriVerification },
        409: error('No client_uri, or the host is verified.'), ...write } },
    { method: 'post', path: '/:client_id/make_public', handler: createMakePublicEndpoint(deps),
      operationId: 'makeOAuthClientPublic', summary: 'Make an OAuth client public (irreversible)', params: clientParams,
      description: 'Account admins only. Needs a name, an https `logo_uri`, a verified `client_uri` host and a non-identity scope; `unmet` lists what is missing.',
      responses: { 200: { description: 'The client, now public.', schema: ClientResponse },
        409: error('Already public.'), 422: error('`precondition_failed` with `unmet`: the prerequisites not met.'), ...write,
        403: error('Only account admins may make a client public; or a missing CSRF header.') } },
  ];

  const router = Router({ mergeParams: true });
  router.use(createApiAuthenticator(deps), jsonBody);
  for (const { handler, ...doc } of routes) {
    router[doc.method](doc.path, handler);
    const path = doc.path === '/' ? paths.oauthClients : `${paths.oauthClients}${doc.path}`;
    openapi.registerOperation({ ...doc, path, tags: ['OAuth clients'] });
  }
  return router;
}
