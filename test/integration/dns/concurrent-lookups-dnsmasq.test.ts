import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, type DnsClient } from '../../../service/dns/dns-client.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';

// Many lookups at once, each from a socket of its own; against two real servers,
// each lookup must still get exactly its own records from both (docs/security.md D14, D15).
const HOSTS = 100;
const names = Array.from({ length: HOSTS }, (_, i) => `_consentry-challenge.host${i}.example.test`);
const value = (i: number) => `consentry-verification=token${i}`;

describe('concurrent lookups against two dnsmasq resolvers', () => {
  let a: Dnsmasq;
  let b: Dnsmasq;
  let dns: DnsClient;

  beforeAll(async () => {
    const zone = { txt: names.map((n, i): [string, string] => [n, value(i)]) };
    [a, b] = await Promise.all([startDnsmasq(zone), startDnsmasq(zone)]);
    dns = createDnsClient({ resolvers: [a.resolver, b.resolver], timeoutMs: 5000 });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('gives each of 100 simultaneous lookups its own record from both resolvers', async () => {
    const got = await Promise.all(names.map((n) => dns.queryTxt(n)));
    got.forEach((lookups, i) => {
      expect(lookups).toEqual([
        { status: 'found', records: [value(i)], chain: [], resolver: `127.0.0.1:${a.resolver.port}` },
        { status: 'found', records: [value(i)], chain: [], resolver: `127.0.0.1:${b.resolver.port}` },
      ]);
    });
  });

  it('keeps them apart when found and missing names are mixed', async () => {
    const mixed = names.map((n, i) => (i % 3 === 0 ? n.replace('host', 'absent') : n));
    const got = await Promise.all(mixed.map((n) => dns.queryTxt(n)));
    got.forEach((lookups, i) => {
      expect(lookups.map((l) => (l.status === 'found' ? l.records : l.status))).toEqual(i % 3 === 0 ? ['nxdomain', 'nxdomain'] : [[value(i)], [value(i)]]);
    });
  });
});
