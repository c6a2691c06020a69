import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../service/config/config.js';
import { formatResolver, parseResolverList, resolversFromConfig } from '../../../../service/dns/resolver-list.js';

describe('DNS_RESOLVERS', () => {
  it('parses ip:port lists, bare IPs on port 53 and bracketed IPv6', () => {
    expect(parseResolverList('127.0.0.1:5353, 9.9.9.9,[::1]:53,[2001:db8::1],::2')).toEqual([
      { host: '127.0.0.1', port: 5353 },
      { host: '9.9.9.9', port: 53 },
      { host: '::1', port: 53 },
      { host: '2001:db8::1', port: 53 },
      { host: '::2', port: 53 },
    ]);
  });

  it('refuses host names, bad ports and empty lists, naming the entry', () => {
    expect(() => parseResolverList('dns.google:53')).toThrow('"dns.google:53" is not an IP address with an optional :port');
    expect(() => parseResolverList('127.0.0.1:0')).toThrow('"127.0.0.1:0" has a port outside 1-65535');
    expect(() => parseResolverList('127.0.0.1:99999')).toThrow('has a port outside 1-65535');
    expect(() => parseResolverList(' , ')).toThrow('no resolver given');
  });

  it('is checked by loadConfig, which names the key', () => {
    expect(() => loadConfig({ DNS_RESOLVERS: '1.2.3.4:53,nope' })).toThrow(
      'invalid configuration: DNS_RESOLVERS: "nope" is not an IP address with an optional :port',
    );
    expect(loadConfig({ DNS_RESOLVERS: '127.0.0.1:5353' }).DNS_RESOLVERS).toBe('127.0.0.1:5353');
    expect(loadConfig({}).VERIFICATION_TIMEOUT_SECONDS).toBe(172_800);
  });

  it('defaults to the system resolvers on port 53 unless they name a port', () => {
    const system = resolversFromConfig(undefined);
    expect(system.length).toBeGreaterThan(0);
    for (const r of system) expect(r.port).toBeGreaterThan(0);
  });

  it('formats resolvers for logs with IPv6 in brackets', () => {
    expect(formatResolver({ host: '::1', port: 53 })).toBe('[::1]:53');
    expect(formatResolver({ host: '10.0.0.1', port: 5353 })).toBe('10.0.0.1:5353');
  });
});
