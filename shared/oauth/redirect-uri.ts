import { InvalidRedirectUri } from '../errors/oauth-errors.js';
import { isLoopbackHost, splitLoopbackUri } from './loopback.js';

const MAX_REDIRECT_URI_LENGTH = 2000;
/** Schemes that run code or read local data in the browser: never a redirect target. */
const FORBIDDEN_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'data', 'file', 'vbscript', 'blob']);
/** RFC 3986 §3: scheme ":" [ "//" authority ] rest. */
const URI_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?]*))?([^]*)$/;
/** Whitespace, controls, and anything non-ASCII (must be percent-encoded to compare exactly). */
const NOT_PRINTABLE_ASCII = /[^\x21-\x7E]/;

/** Options of {@link validateRedirectUri}. */
export interface RedirectUriPolicy {
  /** True for `token_endpoint_auth_method: none` (native and browser apps using PKCE). */
  publicClient: boolean;
}

/**
 * Checks a redirect URI at registration and returns the form to store: scheme and host
 * lower-cased, everything else exactly as given (an explicit default port stays), because
 * matching later is a simple string comparison (RFC 9700 §4.1.3; docs/security.md R3).
 *
 * Rules: absolute URI of at most 2000 printable ASCII characters; no fragment, not even an empty
 * `#` (RFC 6749 §3.1.2); no userinfo (RFC 9700 §4.1); no `*`; never `javascript:`, `data:`,
 * `file:`, `vbscript:`, `blob:`; `https`, or `http` only on loopback hosts (RFC 9700 §2.6) and
 * private-use schemes containing a period (OAuth 2.1 §2.3.1), both for public clients only
 * (RFC 8252 native apps).
 *
 * @throws InvalidRedirectUri with a precise reason (`field` = `redirect_uris`)
 */
export function validateRedirectUri(uri: string, opts: RedirectUriPolicy): string {
  const fail = (reason: string): never => {
    throw new InvalidRedirectUri(`redirect URI ${reason}`, { field: 'redirect_uris', detail: uri });
  };
  if (uri.length > MAX_REDIRECT_URI_LENGTH) fail(`is longer than ${MAX_REDIRECT_URI_LENGTH} characters`);
  if (NOT_PRINTABLE_ASCII.test(uri)) fail('contains whitespace, a control or a non-ASCII character');
  if (uri.includes('#')) fail('must not contain a fragment');
  if (uri.includes('*')) fail('must not contain a wildcard');
  if (uri.includes('\\')) fail('must not contain a backslash');
  const parts = URI_PARTS.exec(uri);
  if (!parts) fail('must be an absolute URI');
  const [, rawScheme, authority, rest] = parts as RegExpExecArray;
  const scheme = (rawScheme as string).toLowerCase();
  if (FORBIDDEN_SCHEMES.has(scheme)) fail(`must not use the ${scheme} scheme`);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return fail('must be an absolute URI');
  }
  if (url.username !== '' || url.password !== '' || (authority ?? '').includes('@')) fail('must not contain userinfo');

  if (scheme === 'https' || scheme === 'http') {
    checkWebUri(url, authority, rest ?? '', opts, fail);
    return `${scheme}://${(authority as string).toLowerCase()}${rest ?? ''}`;
  }
  // OAuth 2.1 §2.3.1: private-use schemes without a period SHOULD be rejected.
  if (!scheme.includes('.')) fail(`scheme ${scheme} is not allowed; private-use schemes must contain a period`);
  if (!opts.publicClient) fail('with a private-use scheme is only allowed for public (native) clients');
  return `${scheme}:${uri.slice(scheme.length + 1)}`;
}

function checkWebUri(
  url: URL,
  authority: string | undefined,
  rest: string,
  opts: RedirectUriPolicy,
  fail: (reason: string) => never,
): void {
  if (!authority) fail('must have a host');
  const host = (authority as string).toLowerCase().replace(/:\d*$/, '');
  // The stored string must be what a browser would send back, or exact matching breaks.
  if (host !== url.hostname) fail('host is not in canonical form');
  const path = rest.split('?')[0] as string;
  if ((path === '' ? '/' : path) !== url.pathname) fail('path is not in canonical form (dot segments or unencoded characters)');
  if (url.protocol === 'http:') {
    // RFC 9700 §2.6: http only for loopback; RFC 8252 §7.3: loopback redirects are for native apps.
    if (!isLoopbackHost(url.hostname)) fail('must use https (http is allowed only on 127.0.0.1, [::1] or localhost)');
    if (!opts.publicClient) fail('with http on a loopback host is only allowed for public (native) clients');
  }
}

/** Options of {@link matchRedirectUri}. */
export interface RedirectUriMatchOptions {
  /** Apply the RFC 8252 §7.3 loopback port rule (public/native clients only). */
  nativeLoopback: boolean;
}

/**
 * Finds the redirect URI to use for an authorization request: exact simple string comparison
 * (RFC 9700 §4.1.3; RFC 3986 §6.2.1), except that with `nativeLoopback` the port of an
 * `http://127.0.0.1`, `http://[::1]` or `http://localhost` URI is ignored (RFC 8252 §7.3), the host
 * spelling, path and query still compared exactly. Decision: `localhost` (NOT RECOMMENDED,
 * RFC 8252 §8.3) gets the port rule only when registered as `localhost`; an IP literal never
 * matches `localhost` or the other way round.
 *
 * @returns `requested` when it matches (it carries the port to redirect to), else `undefined`
 */
export function matchRedirectUri(
  registered: readonly string[],
  requested: string,
  opts: RedirectUriMatchOptions,
): string | undefined {
  if (registered.includes(requested)) return requested;
  if (!opts.nativeLoopback) return undefined;
  const want = splitLoopbackUri(requested);
  if (!want) return undefined;
  const hit = registered.some((uri) => {
    const have = splitLoopbackUri(uri);
    return have !== undefined && have.host === want.host && have.rest === want.rest;
  });
  return hit ? requested : undefined;
}
