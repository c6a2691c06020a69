import type { RequestHandler } from 'express';
import { ValidationFailed } from '../../../shared/errors/index.js';
import { analyzeAuthorizationRequest, parseAuthorizationRequest, type AuthorizationRequest } from '../../../shared/oauth/index.js';
import { AnalyzeRequest, type AnalyzeResponse } from '../../../shared/api/index.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { paths } from '../../http/paths.js';
import { sendJson } from '../../http/send-json.js';
import { publicClientInfo } from '../public-client-info.js';

/**
 * `POST /api/v1/public/authorization-requests/analyze` `{url}`: the findings `/oauth2/auth`
 * would produce for an authorization request to this service — unknown client, unregistered
 * redirect URI (the same match rule), scopes, PKCE, … — computed by the shared analyzer with
 * our catalog and the registered client. Read-only: no pending request, no audit event, no
 * counter but the lookup limit. A private client is not compared with the request, since its
 * registration is not public.
 */
export function createAnalyzeAuthorizationRequestEndpoint(deps: Pick<Deps, 'config' | 'stores' | 'catalog'>): RequestHandler {
  const endpoint = new URL(paths.authorization_endpoint, deps.config.PUBLIC_URL);
  return async (req, res) => {
    const { url } = parseInput(AnalyzeRequest, bodyObject(req.body));
    const request = ourAuthorizationRequest(url, endpoint);
    const client = await deps.stores.clients.byId(request.params.client_id!);
    const info = client ? await publicClientInfo(deps, client) : null;
    const compared = client?.visibility === 'public' ? client : client ? undefined : null;
    const analysis = analyzeAuthorizationRequest(request, { catalog: deps.catalog, client: compared });
    const body: AnalyzeResponse = {
      ...analysis,
      client: info,
      scopes: deps.catalog.byCategory(request.params.scope).flatMap((g) =>
        g.scopes.map((s) => ({ id: s.id, name: s.name, category: s.category, description: s.description, risk: s.risk })),
      ),
      unknown_scopes: deps.catalog.unknown(request.params.scope),
    };
    sendJson(res, 200, body);
  };
}

/** The parsed request, or 400 naming `url` when it is not an authorization request to `endpoint`. */
function ourAuthorizationRequest(url: string, endpoint: URL): AuthorizationRequest {
  const request = parseAuthorizationRequest(url);
  if (!request) {
    throw new ValidationFailed('url is not an OAuth authorization request (an http(s) URL with client_id and response_type)', { field: 'url' });
  }
  if (request.origin !== endpoint.origin || request.path !== endpoint.pathname) {
    throw new ValidationFailed(`url is not an authorization request to ${endpoint.href}`, { field: 'url' });
  }
  return request;
}
