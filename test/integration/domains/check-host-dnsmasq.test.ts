import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostChecker, type HostChecker } from '../../../service/domains/check-host.js';
import { challengeFor, newChallengeToken } from '../../../service/domains/challenge.js';
import { createDnsClient } from '../../../service/dns/dns-client.js';
import { systemRandom } from '../../../service/ports/random.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';

// docs/security.md#dns-checklist-d rows a real authoritative server can play: dnsmasq on a free loopback port.
const tokenA = newChallengeToken(systemRandom);
const tokenB = newChallengeToken(systemRandom);
const value = challengeFor('app.example.test', tokenA).record_value;
const valueB = challengeFor('app.example.test', tokenB).record_value;
const long = `consentry-verification=${'x'.repeat(277)}`; // 300 bytes: two character-strings
const label = (host: string) => `_consentry-challenge.${host}`;

describe('checkHost against dnsmasq', () => {
  let dnsmasq: Dnsmasq;
  let checker: HostChecker;
  let resolver: string;

  beforeAll(async () => {
    dnsmasq = await startDnsmasq({
      txt: [
        [label('app.example.test'), value],
        [label('split.example.test'), value.slice(0, 20), value.slice(20)],
        [label('long.example.test'), long],
        [label('multi.example.test'), 'v=spf1 -all'],
        [label('multi.example.test'), 'google-site-verification=abc'],
        [label('multi.example.test'), value],
        [label('partial.example.test'), value.slice(0, -1)],
        [label('trailing.example.test'), `${value} `],
        [label('upper.example.test'), value.replace('consentry-verification=', 'CONSENTRY-VERIFICATION=')],
        [label('other-app.example.test'), valueB],
        [label('two-apps.example.test'), valueB],
        [label('two-apps.example.test'), value],
        ['apex.example.test', value],
        ['tokens.provider.example.test', value],
      ],
      cname: [
        [label('delegated.example.test'), 'hop.example.test'],
        ['hop.example.test', 'tokens.provider.example.test'],
      ],
    });
    resolver = `127.0.0.1:${dnsmasq.resolver.port}`;
    checker = createHostChecker({ dns: createDnsClient({ resolvers: [dnsmasq.resolver], timeoutMs: 2000 }) });
  });
  afterAll(async () => {
    await dnsmasq?.stop();
  });

  it('D1: verifies the exact record at the challenge label', async () => {
    expect(await checker.checkHost('app.example.test', value)).toEqual({
      status: 'verified',
      detail: '',
      lookups: [{ status: 'found', records: [value], chain: [], resolver }],
    });
  });

  it('D2: joins the character-strings of one record with nothing between', async () => {
    const got = await checker.checkHost('split.example.test', value);
    expect(got.status).toBe('verified');
    expect(got.lookups).toEqual([{ status: 'found', records: [value], chain: [], resolver }]);
  });

  it('D3: verifies a 300-byte record, which DNS carries as several strings', async () => {
    const got = await checker.checkHost('long.example.test', long);
    expect(got.status).toBe('verified');
    expect(long).toHaveLength(300);
  });

  it('D4: any one of several TXT records at the name may match', async () => {
    const got = await checker.checkHost('multi.example.test', value);
    expect(got.status).toBe('verified');
    expect(got.lookups[0]).toMatchObject({ status: 'found' });
    expect(got.lookups[0]!.status === 'found' && [...got.lookups[0]!.records].sort()).toEqual(
      ['google-site-verification=abc', value, 'v=spf1 -all'].sort(),
    );
  });

  it.each([
    ['partial.example.test', 'a token missing its last character'],
    ['trailing.example.test', 'a trailing space'],
    ['upper.example.test', 'the key in another letter case'],
    ['other-app.example.test', "another app's token (D6)"],
  ])('D5/D6: %s with %s is not verified', async (host) => {
    expect(await checker.checkHost(host, value)).toEqual({
      status: 'not_found',
      detail: `A TXT record exists at ${label(host)}, but none equals the expected value exactly.`,
      lookups: [expect.objectContaining({ status: 'found', chain: [], resolver })],
    });
  });

  it('D6: two apps on one host each verify only with their own token', async () => {
    expect((await checker.checkHost('two-apps.example.test', value)).status).toBe('verified');
    expect((await checker.checkHost('two-apps.example.test', valueB)).status).toBe('verified');
    expect((await checker.checkHost('other-app.example.test', valueB)).status).toBe('verified');
  });

  it('D7: a token at the apex instead of the label is not found', async () => {
    expect(await checker.checkHost('apex.example.test', value)).toEqual({
      status: 'not_found',
      detail: `No TXT record found at ${label('apex.example.test')}.`,
      lookups: [{ status: 'nxdomain', resolver }],
    });
  });

  it('D10: NXDOMAIN means not found', async () => {
    expect(await checker.checkHost('nothing.example.test', value)).toEqual({
      status: 'not_found',
      detail: `No TXT record found at ${label('nothing.example.test')}.`,
      lookups: [{ status: 'nxdomain', resolver }],
    });
  });

  it('D12: follows a CNAME chain to a delegated record and reports the chain', async () => {
    expect(await checker.checkHost('delegated.example.test', value)).toEqual({
      status: 'verified',
      detail: '',
      lookups: [{ status: 'found', records: [value], chain: ['hop.example.test', 'tokens.provider.example.test'], resolver }],
    });
  });

  it('D20: a record added after a failed check verifies on the next check', async () => {
    expect((await checker.checkHost('late.example.test', value)).status).toBe('not_found');
    await dnsmasq.restart({ txt: [[label('late.example.test'), value]] });
    expect((await checker.checkHost('late.example.test', value)).status).toBe('verified');
  });
});
