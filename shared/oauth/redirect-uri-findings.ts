import type { AuthorizationRequest } from './authorization-request.js';
import type { AnalyzerClient } from './analysis-context.js';
import { finding, type Finding } from './finding.js';
import { isLoopbackHost } from './loopback.js';
import { forEachQueryParam } from './query-params.js';
import { matchRedirectUri } from './redirect-uri.js';

/**
 * Findings about `redirect_uri`: missing, plain http off loopback, passing on another URL (the
 * shape of an open redirector, RFC 9700 §4.11.1), not registered.
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
  const nested = nestedUrlParam(uri);
  if (nested !== undefined) {
    out.push(finding('redirect_uri_nested_url', 'warning',
      `The redirect address passes on another address (${nested}=…); if the app forwards to it blindly, your code could end up there.`, 'redirect_uri'));
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

/** Query values that are absolute or scheme-relative URLs: `?next=https://…`, `?url=//…`. */
const URL_VALUE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** The name of the first `redirect_uri` query parameter whose value is itself a URL, if any. */
function nestedUrlParam(uri: string): string | undefined {
  const q = uri.indexOf('?');
  if (q === -1) return undefined;
  let found: string | undefined;
  forEachQueryParam(uri.slice(q).split('#')[0] as string, (name, value) => {
    if (found === undefined && URL_VALUE.test(value)) found = name;
  });
  return found;
}

function isPlainHttp(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
