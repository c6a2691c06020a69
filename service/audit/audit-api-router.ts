import { Router, type RequestHandler } from 'express';
import { ApiError, AuditLogResponse } from '../../shared/api/index.js';
import { accountParams } from '../accounts/endpoints/account-params.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import { createApiAuthenticator } from '../auth/api-authenticator.js';
import type { Deps } from '../deps.js';
import { paths } from '../http/paths.js';
import { auditLogQuery } from './audit-log-query.js';
import { createAuditLogEndpoint } from './endpoints/audit-log-endpoint.js';

type Route = Omit<ApiOperation, 'tags'> & { handler: RequestHandler };

const error = (description: string) => ({ description, schema: ApiError });

/** `/api/v1/accounts/:account/audit_log`: an account's audit log. Mounts the handler and documents it. */
export function createAuditApiRouter(deps: Deps, openapi: OpenApiRegistry): Router {
  openapi.registerSchema('AuditLog', AuditLogResponse);
  const routes: Route[] = [
    { method: 'get', path: paths.apiAccountAuditLog, handler: createAuditLogEndpoint(deps),
      operationId: 'getAuditLog', summary: "Read an account's audit log", params: accountParams, query: auditLogQuery,
      description: 'Newest first; pass `next_before` as `before` for the next page.',
      responses: { 200: { description: 'A page of events.', schema: AuditLogResponse },
        401: error('No session or personal API token.'), 404: error('No such account, or not a member of it.'),
        400: error('Invalid query, naming `field`.') } },
  ];

  const router = Router();
  const apiAuth = createApiAuthenticator(deps);
  for (const { handler, ...doc } of routes) {
    router[doc.method](doc.path, apiAuth, handler);
    openapi.registerOperation({ ...doc, tags: ['Audit log'] });
  }
  return router;
}
