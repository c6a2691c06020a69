/**
 * Loopback hosts as they appear in a URL's authority. RFC 8252 §7.3 names the IP literals;
 * `localhost` is NOT RECOMMENDED (§8.3) but still loopback, so it is listed for the http rule.
 */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Whether `host` (lower-case, IPv6 in brackets, no port) is a loopback host: `127.0.0.1`,
 * `[::1]` or `localhost`.
 *
 * @param host - a URL hostname such as `new URL(u).hostname`
 * @returns true for the three loopback spellings Consentry accepts
 */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

/** `http://<loopback host>[:port]<rest>`, case-sensitive on purpose (exact comparison). */
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(?::(\d{1,5}))?([/?][^]*)?$/;

/** An `http` loopback URI split into host, port and the rest (path and query). */
export interface LoopbackParts {
  host: string;
  port: string | undefined;
  rest: string;
}

/**
 * Splits an `http` loopback URI as written (no normalisation), for the RFC 8252 §7.3 port rule.
 *
 * @param uri - e.g. `http://127.0.0.1:51004/cb`
 * @returns its parts, or `undefined` when `uri` is not an http loopback URI
 */
export function splitLoopbackUri(uri: string): LoopbackParts | undefined {
  const m = LOOPBACK_HTTP.exec(uri);
  if (!m) return undefined;
  return { host: m[1] as string, port: m[2], rest: m[3] ?? '' };
}
