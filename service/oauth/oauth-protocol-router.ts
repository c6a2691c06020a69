import { Router, type RequestHandler } from 'express';
import { MethodNotAllowed } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import { oauthForm } from '../http/body-parsers.js';
import { paths } from '../http/paths.js';
import { serveDocument, type PublicDocument } from '../http/public-document.js';
import { createIntrospectionEndpoint } from './endpoints/introspection.js';
import { createRevocationEndpoint } from './endpoints/revocation.js';
import { createTokenEndpoint } from './endpoints/token.js';
import { createUserinfoEndpoint } from './endpoints/userinfo.js';
import { openCors } from '../http/open-cors.js';

const only =
  (...allow: string[]): RequestHandler =>
  () => {
    // RFC 6749 §3.2: the token endpoint takes POST only (docs/security.md N9, V6).
    throw new MethodNotAllowed(`use ${allow.join(' or ')}`, allow);
  };

/**
 * The client-facing protocol endpoints: token, revocation, introspection, userinfo, metadata and
 * JWKS. Mounted before the session middleware: they never read cookies (browser clients call
 * them cross-origin with CORS, no credentials) and they are the hot path. The metadata and JWKS
 * documents are usually answered before Express (service/http/document-fast-path.ts); these
 * routes answer the rest (a query string, other methods, a failed read).
 */
export function createOAuthProtocolRouter(deps: Deps, documents: { discovery: PublicDocument; jwks: PublicDocument }): Router {
  const r = Router();
  const post = openCors(['POST']);
  const get = openCors(['GET']);
  r.route(paths.token_endpoint).all(post).post(oauthForm, createTokenEndpoint(deps)).all(only('POST'));
  r.route(paths.revocation_endpoint).all(post).post(oauthForm, createRevocationEndpoint(deps)).all(only('POST'));
  r.route(paths.introspection_endpoint).all(post).post(oauthForm, createIntrospectionEndpoint(deps)).all(only('POST'));
  const userinfo = createUserinfoEndpoint(deps);
  r.route(paths.userinfo_endpoint).all(openCors(['GET', 'POST'])).get(userinfo).post(userinfo).all(only('GET', 'POST'));
  const discovery = serveDocument(documents.discovery);
  r.route(paths.oauthMetadata).all(get).get(discovery).all(only('GET'));
  r.route(paths.openidConfiguration).all(get).get(discovery).all(only('GET'));
  r.route(paths.jwks_uri).all(get).get(serveDocument(documents.jwks)).all(only('GET'));
  return r;
}
