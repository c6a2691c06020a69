import { parse } from 'tldts';
import { HostRejected } from './host-rejected.js';
import { normalizeHost } from './normalize-host.js';

/**
 * The normalised host, refused when it is itself a public suffix — before any DNS query
 * (docs/security.md D9). Both sections of the Public Suffix List count: ICANN suffixes (`co.uk`) and
 * private ones (`github.io`, `vercel.app`), where each tenant (`foo.github.io`) is a separate
 * owner and may verify its own full name, but nobody may verify the shared parent.
 */
export function verifiableHost(input: string): string {
  const host = normalizeHost(input);
  const info = parse(host, { allowPrivateDomains: true, extractHostname: false });
  // `domain` is the registrable name (public suffix + one label); null when host is a suffix.
  if (info.domain === null || info.publicSuffix === host) {
    throw new HostRejected('public_suffix', `${host} is a public suffix shared by many owners; verify a name registered under it.`);
  }
  return host;
}

/** Non-throwing form of {@link verifiableHost} for checks of stored hosts. */
export function isPublicSuffix(host: string): boolean {
  const info = parse(host, { allowPrivateDomains: true, extractHostname: false });
  return info.domain === null || info.publicSuffix === host;
}
