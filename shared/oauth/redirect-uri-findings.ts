import type { AuthorizationRequest } from './authorization-request.js';
import type { AnalyzerClient } from './analysis-context.js';
import { finding, type Finding } from './finding.js';
import { isLoopbackHost } from './loopback.js';
import { matchRedirectUri } from './redirect-uri.js';

/**
 * Findings about `redirect_uri`: missing, plain http off loopback, not registered.
 *
 * @param req - the parsed request
 * @param client - the registered client, when known
 */
export function redirectUriFindings(req: AuthorizationRequest, client: AnalyzerClient | null | undefined): Finding[] {
  const uri = req.params.redirect_uri;
  if (uri === undefined) {
    // OAuth 2.1 §2.3.2: required when more than one URI is registered.
    const ambiguous = client !== undefined && client !== null && client.redirect_uris.length !== 1;
    return [finding('redirect_uri_missing', ambiguous ? 'danger' : 'info', ambiguous
      ? 'The request names no redirect URI although the app has several; the provider must refuse it.'
      : 'The request names no redirect URI; the provider uses the one registered for the app.', 'redirect_uri')];
  }
  const out: Finding[] = [];
  if (isPlainHttp(uri)) {
    // RFC 9700 §2.6: http redirect URIs only on loopback.
    out.push(finding('redirect_uri_http', 'danger',
      'The code is sent back over plain http, where anyone on the network can read it.', 'redirect_uri'));
  }
  if (client) {
    const nativeLoopback = client.token_endpoint_auth_method === 'none';
    if (matchRedirectUri(client.redirect_uris, uri, { nativeLoopback }) === undefined) {
      out.push(finding('redirect_uri_unregistered', 'danger',
        'The redirect URI is not one the app registered; the code could go to someone else.', 'redirect_uri'));
    }
  }
  return out;
}

function isPlainHttp(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
