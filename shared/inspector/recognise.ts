import { readAuthorizationRequest, type AuthorizationRequest } from '../oauth/authorization-request.js';
import {
  DEVICE_PAGE_LAST_SEGMENTS,
  matchAuthorizationEndpoint,
  matchDevicePage,
  providerOfAuthorizationPath,
  providerOfHost,
  type MatchOptions,
} from '../providers/match-provider.js';
import type { ProviderDefinition } from '../providers/provider-definition.js';
import { GENERIC_PROVIDER } from '../providers/providers.js';

/** What {@link recognise} found: an authorization request or a device-verification page. */
export type Recognised =
  | { readonly kind: 'authorization'; readonly provider: ProviderDefinition; readonly captures: Readonly<Record<string, string>>; readonly request: AuthorizationRequest; readonly parsed: URL; readonly ownHost: boolean }
  | { readonly kind: 'device'; readonly provider: ProviderDefinition; readonly captures: Readonly<Record<string, string>>; readonly parsed: URL; readonly ownHost: boolean };

/** RFC 6749 §3.1.1 and OpenID Connect's combinations: every token one of these. */
const RESPONSE_TYPE_TOKENS: ReadonlySet<string> = new Set(['code', 'token', 'id_token', 'none']);

/**
 * Decides what a navigation URL is. Most URLs are settled by two string scans and never parsed:
 * without `client_id=` in the query a URL can only be a device page, and a device page's path ends
 * in one of a handful of words.
 *
 * @param url - the navigation URL
 * @param options - Consentry origins the user added
 */
export function recognise(url: string, options: MatchOptions = {}): Recognised | undefined {
  const query = url.indexOf('?');
  if (query !== -1 && url.indexOf('client_id=', query) !== -1) {
    const authorization = recogniseAuthorization(url, options);
    if (authorization) return authorization;
  }
  if (!DEVICE_PAGE_LAST_SEGMENTS.has(lastPathSegment(url, query))) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const match = matchDevicePage(parsed, options);
  if (!match) return undefined;
  return { kind: 'device', provider: match.provider, captures: match.captures, parsed, ownHost: true };
}

function recogniseAuthorization(url: string, options: MatchOptions): Recognised | undefined {
  const read = readAuthorizationRequest(url);
  if (!read) return undefined;
  const { request, parsed } = read;
  const match = matchAuthorizationEndpoint(parsed, request.params.scope, options);
  if (match) {
    const ownHost = providerOfHost(parsed, options) === match.provider;
    return { kind: 'authorization', provider: match.provider, captures: match.captures, request, parsed, ownHost };
  }
  if (!isGenericAuthorizationRequest(request, parsed)) return undefined;
  const own = providerOfHost(parsed, options);
  return { kind: 'authorization', provider: own ?? GENERIC_PROVIDER, captures: {}, request, parsed, ownHost: own !== undefined };
}

/**
 * The generic OAuth/OIDC rule: `client_id` plus a `response_type` made only of the standard
 * tokens, plus where the answer goes or what is asked (`redirect_uri` or `scope`); or a
 * provider's distinctive authorization path (a copy of GitHub's on another host). A checkout page
 * with a merchant's `client_id` has none of these and is not a consent request.
 */
function isGenericAuthorizationRequest(request: AuthorizationRequest, parsed: URL): boolean {
  const { response_type: responseType, redirect_uri: redirectUri } = request.params;
  if (responseType !== undefined) {
    const tokens = responseType.split(' ');
    if (tokens.every((t) => RESPONSE_TYPE_TOKENS.has(t)) && (redirectUri !== undefined || request.params.scope.length > 0)) return true;
  }
  return providerOfAuthorizationPath(parsed.pathname) !== undefined;
}

/** The last segment of the URL's path, lower-cased, without parsing (a trailing slash skipped). */
function lastPathSegment(url: string, query: number): string {
  const hash = url.indexOf('#');
  let end = query !== -1 ? query : hash !== -1 ? hash : url.length;
  if (hash !== -1 && hash < end) end = hash;
  if (url.charCodeAt(end - 1) === 47 /* / */) end -= 1;
  const slash = url.lastIndexOf('/', end - 1);
  return slash === -1 ? '' : url.slice(slash + 1, end).toLowerCase();
}
