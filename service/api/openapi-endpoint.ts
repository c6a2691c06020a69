import type { RequestHandler } from 'express';
import type { Deps } from '../deps.js';
import { buildOpenApiDocument } from './openapi-document.js';
import type { OpenApiRegistry } from './openapi-registry.js';

/**
 * `GET /api/v1/openapi.json` (public). Built on first request, after every router has
 * registered its operations, then served from memory.
 */
export function createOpenApiEndpoint(deps: Pick<Deps, 'config'>, registry: OpenApiRegistry): RequestHandler {
  let body: string | undefined;
  return (_req, res) => {
    body ??= JSON.stringify(buildOpenApiDocument(registry, { serverUrl: deps.config.PUBLIC_URL, version: '1' }));
    res.status(200).type('application/json').set('Cache-Control', 'public, max-age=300').send(body);
  };
}
