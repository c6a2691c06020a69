import { getServers } from 'node:dns';
import { isIP } from 'node:net';

/** One recursive resolver the DNS client asks. */
export interface ResolverAddress {
  host: string;
  port: number;
}

/**
 * Parses `DNS_RESOLVERS`: comma-separated `ip:port` (or a bare `ip`, port 53), IPv6 in brackets
 * (`[::1]:53`). Throws an Error naming the offending entry; names are refused, since resolving the
 * resolver would itself need DNS.
 */
export function parseResolverList(text: string): ResolverAddress[] {
  const entries = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (entries.length === 0) throw new Error('no resolver given');
  return entries.map(parseResolver);
}

function parseResolver(entry: string): ResolverAddress {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:\[\]]+)(?::(\d+))?$/.exec(entry);
  const bareV6 = isIP(entry) === 6 ? entry : undefined;
  const host = bareV6 ?? m?.[1];
  const port = bareV6 ? 53 : m?.[2] === undefined ? 53 : Number(m[2]);
  if (host === undefined || isIP(host) === 0) throw new Error(`"${entry}" is not an IP address with an optional :port`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`"${entry}" has a port outside 1-65535`);
  return { host, port };
}

/** `DNS_RESOLVERS` if set, else the system's resolvers (as Node reads them from resolv.conf). */
export function resolversFromConfig(dnsResolvers: string | undefined): ResolverAddress[] {
  if (dnsResolvers !== undefined) return parseResolverList(dnsResolvers);
  return getServers().map(parseResolver);
}

/** `host:port`, IPv6 bracketed, for logs and audit data. */
export function formatResolver(r: ResolverAddress): string {
  return isIP(r.host) === 6 ? `[${r.host}]:${r.port}` : `${r.host}:${r.port}`;
}
