import { forEachQueryParam } from './query-params.js';

/** Authorization-endpoint paths of well-known providers (Hydra/Cloudflare, Google, GitHub, ...). */
const KNOWN_PATH_SUFFIXES = [
  '/oauth2/auth',
  '/authorize',
  '/o/oauth2/v2/auth',
  '/o/oauth2/auth',
  '/oauth/authorize',
  '/login/oauth/authorize',
  '/oauth2/v2.0/authorize',
  '/protocol/openid-connect/auth',
] as const;

/** Parameters read into named fields; everything else lands in `other`. */
const NAMED = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'code_challenge',
  'code_challenge_method',
  'response_mode',
  'nonce',
  'prompt',
  'login_hint',
  'access_type',
  'request_uri',
  'request',
] as const;
const NAMED_SET: ReadonlySet<string> = new Set([...NAMED, 'scope']);

/** Parameters of an authorization request; empty values count as absent (OAuth 2.1 §3.1). */
export type AuthorizationParams = { [K in (typeof NAMED)[number]]: string | undefined } & {
  /** `scope` split on spaces, empty tokens dropped, order kept (lenient: any provider). */
  scope: string[];
  /** Every other non-empty parameter, first value wins. */
  other: Record<string, string>;
};

/** An authorization request recognised in a URL. */
export interface AuthorizationRequest {
  url: string;
  origin: string;
  path: string;
  params: AuthorizationParams;
  /** Names of parameters that occur more than once (RFC 6749 §3.1 forbids it). */
  duplicates: string[];
}

/**
 * Recognises an OAuth 2.0 / OpenID Connect authorization request of any provider in a URL the
 * browser is about to open: `http(s)` with a `client_id`, plus either `response_type` or a
 * well-known authorization path (GitHub omits `response_type`). Never throws; one `new URL` and
 * one pass over the query (about 5-10 µs), so it is cheap enough to run on every navigation.
 * The inspector decides with its provider registry instead (`readAuthorizationRequest`).
 *
 * @param url - any URL string
 * @returns the parsed request, or `undefined` when `url` is not an authorization request
 */
export function parseAuthorizationRequest(url: string): AuthorizationRequest | undefined {
  const read = readAuthorizationRequest(url);
  if (!read) return undefined;
  if (read.request.params.response_type === undefined && !hasKnownPath(read.parsed.pathname)) return undefined;
  return read.request;
}

/**
 * Reads the authorization parameters of any `http(s)` URL that has a `client_id`, without
 * deciding whether it is an authorization request (the caller's registry decides). Never throws.
 *
 * @param url - any URL string
 * @returns the request and the parsed URL, or `undefined` without a `client_id`
 */
export function readAuthorizationRequest(url: string): { request: AuthorizationRequest; parsed: URL } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.search.length < 2) return undefined;

  // Null-prototype records: parameter names are attacker-chosen (`__proto__`, `constructor`).
  const values: Record<string, string> = Object.create(null);
  const other: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  forEachQueryParam(parsed.search, (name, value) => {
    if (seen.has(name)) duplicates.add(name);
    else seen.add(name);
    if (value === '') return;
    const target = NAMED_SET.has(name) ? values : other;
    if (!(name in target)) target[name] = value;
  });
  if (values.client_id === undefined) return undefined;

  const params = { other, scope: splitScope(values.scope) } as AuthorizationParams;
  for (const name of NAMED) params[name] = values[name];
  return { request: { url, origin: parsed.origin, path: parsed.pathname, params, duplicates: [...duplicates] }, parsed };
}

function hasKnownPath(path: string): boolean {
  return KNOWN_PATH_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

function splitScope(scope: string | undefined): string[] {
  if (scope === undefined) return [];
  return [...new Set(scope.split(' ').filter((token) => token !== ''))];
}
