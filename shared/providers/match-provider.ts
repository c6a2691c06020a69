import { getDomain } from 'tldts';
import { compilePathPattern, lastSegment, type PathPattern } from './path-pattern.js';
import type { ProviderDefinition } from './provider-definition.js';
import { PROVIDERS } from './providers.js';

/** A provider found for a URL, with the path segments its pattern captured (`tenant`, `realm`, …). */
export interface ProviderMatch {
  readonly provider: ProviderDefinition;
  readonly captures: Readonly<Record<string, string>>;
}

/** Options that widen what counts as a provider's host. */
export interface MatchOptions {
  /** Origins of Consentry services the user added (`https://auth.example.com`). */
  readonly companionOrigins?: readonly string[];
}

interface Compiled {
  readonly provider: ProviderDefinition;
  readonly authorization: readonly PathPattern[];
  readonly anyHost: readonly PathPattern[];
  readonly anyHostDevice: readonly PathPattern[];
  /** Device pages on the provider's own domains (path-only patterns). */
  readonly devicePaths: readonly PathPattern[];
}

const compile = (patterns: readonly string[] | undefined) => (patterns ?? []).map(compilePathPattern);

const COMPILED: readonly Compiled[] = PROVIDERS.map((provider) => ({
  provider,
  authorization: compile(provider.authorizationPaths),
  anyHost: compile(provider.anyHost?.paths),
  anyHostDevice: compile(provider.anyHost?.devicePaths),
  devicePaths: compile(provider.devicePages?.filter((p) => p.startsWith('/'))),
}));

const BY_DOMAIN: ReadonlyMap<string, Compiled> = new Map(COMPILED.flatMap((c) => c.provider.domains.map((d) => [d, c] as const)));
const CONFIGURED = COMPILED.filter((c) => c.provider.configuredOrigins);
const ANY_HOST = COMPILED.filter((c) => c.anyHost.length > 0 || c.anyHostDevice.length > 0);

/** Device pages named with their host (`microsoft.com/devicelogin`), keyed by host. */
const DEVICE_BY_HOST: ReadonlyMap<string, ReadonlyArray<{ compiled: Compiled; path: PathPattern }>> = (() => {
  const map = new Map<string, Array<{ compiled: Compiled; path: PathPattern }>>();
  for (const compiled of COMPILED) {
    for (const page of compiled.provider.devicePages ?? []) {
      if (page.startsWith('/')) continue;
      const slash = page.indexOf('/');
      const host = page.slice(0, slash);
      map.set(host, [...(map.get(host) ?? []), { compiled, path: compilePathPattern(page.slice(slash)) }]);
    }
  }
  return map;
})();

/**
 * Last path segments of every device page in the registry (`devicelogin`, `device`, `activate`,
 * …): a URL whose path ends otherwise cannot be a device page, which keeps the check for ordinary
 * navigations to a string comparison.
 */
export const DEVICE_PAGE_LAST_SEGMENTS: ReadonlySet<string> = new Set(
  PROVIDERS.flatMap((p) => [...(p.devicePages ?? []), ...(p.anyHost?.devicePaths ?? [])].map(lastSegment)),
);

/**
 * The registrable domain of a host (public-suffix rules, ICANN section), or `undefined` for IP
 * addresses, `localhost` and invalid names.
 *
 * @param hostname - `new URL(u).hostname`
 */
export function registrableDomain(hostname: string): string | undefined {
  // One request asks for the same few hosts several times (endpoint, redirect, look-alike check).
  if (DOMAINS.has(hostname)) return DOMAINS.get(hostname);
  const domain = getDomain(hostname) ?? undefined;
  if (DOMAINS.size >= 256) DOMAINS.clear();
  DOMAINS.set(hostname, domain);
  return domain;
}

const DOMAINS = new Map<string, string | undefined>();

/**
 * The provider whose own host this is: by registrable domain (never by substring, so
 * `microsoft.com.evil.tld` is not Microsoft), or a Consentry service the user added.
 *
 * @param url - the parsed URL
 * @param options - the Consentry origins the user added
 */
export function providerOfHost(url: URL, options: MatchOptions = {}): ProviderDefinition | undefined {
  return hostMatch(url, options)?.provider;
}

function hostMatch(url: URL, options: MatchOptions): Compiled | undefined {
  const domain = registrableDomain(url.hostname);
  const byDomain = domain === undefined ? undefined : BY_DOMAIN.get(domain);
  if (byDomain) return byDomain;
  if (options.companionOrigins?.includes(url.origin)) return CONFIGURED[0];
  return undefined;
}

/**
 * The provider whose authorization endpoint `url` is: one of its authorization paths on its own
 * host, or, for self-managed software, its path on any host (with a scope of the provider's when
 * the path is shared with other software).
 *
 * @param url - the parsed URL
 * @param scopes - the requested scopes, for `anyHost.scopeHint`
 * @param options - the Consentry origins the user added
 */
export function matchAuthorizationEndpoint(url: URL, scopes: readonly string[], options: MatchOptions = {}): ProviderMatch | undefined {
  const own = hostMatch(url, options);
  if (own) {
    const captures = firstMatch(own.authorization, url.pathname) ?? firstMatch(own.anyHost, url.pathname);
    if (captures) return { provider: own.provider, captures };
  }
  for (const compiled of ANY_HOST) {
    const captures = firstMatch(compiled.anyHost, url.pathname);
    const hint = compiled.provider.anyHost?.scopeHint;
    if (captures && (!hint || scopes.some((s) => hint.includes(s)))) return { provider: compiled.provider, captures };
  }
  return undefined;
}

/**
 * The provider whose device-verification page `url` is (RFC 8628 §3.3), if any.
 *
 * @param url - the parsed URL
 * @param options - the Consentry origins the user added
 */
export function matchDevicePage(url: URL, options: MatchOptions = {}): ProviderMatch | undefined {
  for (const { compiled, path } of DEVICE_BY_HOST.get(url.hostname) ?? []) {
    const captures = path(url.pathname);
    if (captures) return { provider: compiled.provider, captures };
  }
  const own = hostMatch(url, options);
  const captures = own && firstMatch(own.devicePaths, url.pathname);
  if (own && captures) return { provider: own.provider, captures };
  for (const compiled of ANY_HOST) {
    const anyCaptures = firstMatch(compiled.anyHostDevice, url.pathname);
    if (anyCaptures) return { provider: compiled.provider, captures: anyCaptures };
  }
  return undefined;
}

/**
 * Whether `path` is one of any provider's authorization paths (on whichever host): a look-alike
 * host serving Microsoft's `/common/oauth2/v2.0/authorize` is copying Microsoft.
 *
 * @param path - `url.pathname`
 * @returns the provider whose path it is
 */
export function providerOfAuthorizationPath(path: string): ProviderDefinition | undefined {
  // `/authorize` and `/oauth/authorize` are everyone's: only paths of three segments or more
  // (`/login/oauth/authorize`, `/common/oauth2/v2.0/authorize`) point at one provider.
  if (path.split('/').filter(Boolean).length < 3) return undefined;
  return COMPILED.find((c) => c.provider.domains.length > 0 && firstMatch(c.authorization, path) !== undefined)?.provider;
}

function firstMatch(patterns: readonly PathPattern[], path: string): Readonly<Record<string, string>> | undefined {
  for (const pattern of patterns) {
    const captures = pattern(path);
    if (captures) return captures;
  }
  return undefined;
}
