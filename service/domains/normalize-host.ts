import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { HostRejected } from './host-rejected.js';

/**
 * The canonical form of a host we verify and compare: lowercase (RFC 4343), one trailing dot
 * stripped (RFC 1034 §3.1 absolute name), IDN as A-label via UTS #46 (`url.domainToASCII`), so
 * `ExAmple.COM.` → `example.com` and `bücher.example` → `xn--bcher-kva.example` and what we store,
 * query and show is what DNS sees. IP literals, ports and empty labels are refused: only names can
 * carry a TXT record we look up.
 */
export function normalizeHost(input: string): string {
  let host = input.trim();
  if (host === '') throw new HostRejected('empty', 'The host is empty.');
  if (host.startsWith('[') || isIP(host) !== 0) throw new HostRejected('ip_literal', 'An IP address cannot be verified; use a domain name.');
  if (host.includes(':')) throw new HostRejected('port', 'Give the host without a port.');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.split('.').some((label) => label === '')) throw new HostRejected('empty_label', 'The host has an empty label (two dots in a row, or a leading dot).');
  // ASCII other than letters, digits, '-', '_' and '.' is refused before UTS #46 mapping, which
  // would otherwise percent-decode (`ex%41.com` → `exa.com`) or drop characters silently.
  if (/[\x00-\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]/.test(host)) throw new HostRejected('invalid', 'The host is not a valid domain name.');
  const ascii = domainToASCII(host.toLowerCase());
  if (ascii === '') throw new HostRejected('invalid', 'The host is not a valid domain name.');
  // WHATWG URL parsing turns some numeric forms (e.g. 0x7f.1) into IPv4 addresses.
  if (isIP(ascii) !== 0) throw new HostRejected('ip_literal', 'An IP address cannot be verified; use a domain name.');
  if (ascii.length > 253 || ascii.split('.').some((l) => l.length > 63 || !/^[a-z0-9_-]+$/.test(l))) {
    throw new HostRejected('invalid', 'The host is not a valid domain name.');
  }
  return ascii;
}
