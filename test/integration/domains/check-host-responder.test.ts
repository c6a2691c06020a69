import { afterEach, describe, expect, it } from 'vitest';
import { createHostChecker } from '../../../service/domains/check-host.js';
import { createDnsClient } from '../../../service/dns/dns-client.js';
import { startDnsResponder, type DnsResponder, type ResponderOptions } from '../../helpers/dns-responder.js';

// docs/security.md#dns-checklist-d rows a real server will not play on request: an in-process dns-packet responder.
const value = 'consentry-verification=3q2-7wAAAAAAAAAAAAAAAA';
const label = (host: string) => `_consentry-challenge.${host}`;
const responders: DnsResponder[] = [];

async function responder(options: ResponderOptions): Promise<DnsResponder> {
  const r = await startDnsResponder(options);
  responders.push(r);
  return r;
}
function checkerFor(...rs: DnsResponder[]) {
  return createHostChecker({ dns: createDnsClient({ resolvers: rs.map((r) => r.resolver), timeoutMs: 300 }) });
}
const at = (r: DnsResponder) => `127.0.0.1:${r.resolver.port}`;

afterEach(async () => {
  await Promise.all(responders.splice(0).map((r) => r.close()));
});

describe('checkHost against a scripted responder', () => {
  it('D8: normalises case and trailing dot, and queries IDN hosts by A-label', async () => {
    const r = await responder({
      rules: { [label('example.com')]: { txt: [[value]] }, [label('xn--bcher-kva.example')]: { txt: [[value]] } },
    });
    expect((await checkerFor(r).checkHost('ExAmple.COM.', value)).status).toBe('verified');
    expect((await checkerFor(r).checkHost('bücher.example', value)).status).toBe('verified');
    expect(r.queries.map((q) => q.name.toLowerCase())).toEqual([label('example.com'), label('xn--bcher-kva.example')]);
  });

  it('D8/D14: sends each query with random letter case (0x20) and a random id', async () => {
    const r = await responder({ rules: { [label('abcdefghijklmnop.example.com')]: { txt: [[value]] } } });
    const dns = createDnsClient({ resolvers: [r.resolver], timeoutMs: 300 });
    for (let i = 0; i < 20; i++) await dns.queryTxt(label('abcdefghijklmnop.example.com'));
    const names = new Set(r.queries.map((q) => q.name));
    expect(names.size).toBeGreaterThan(15);
    expect(new Set(r.queries.map((q) => q.id)).size).toBeGreaterThan(15);
    for (const q of r.queries) {
      expect(q).toMatchObject({ transport: 'udp', recursionDesired: true, ednsPayload: 1232 });
      expect(q.name.toLowerCase()).toBe(label('abcdefghijklmnop.example.com'));
    }
  });

  it('D9: refuses public suffixes without sending any query, but allows a tenant under a private suffix', async () => {
    const r = await responder({ rules: { [label('foo.github.io')]: { txt: [[value]] } } });
    const checker = checkerFor(r);
    expect(await checker.checkHost('co.uk', value)).toEqual({
      status: 'not_found',
      detail: 'co.uk is a public suffix shared by many owners; verify a name registered under it.',
      lookups: [],
    });
    expect((await checker.checkHost('github.io', value)).lookups).toEqual([]);
    expect(r.queries).toEqual([]);
    expect((await checker.checkHost('foo.github.io', value)).status).toBe('verified');
  });

  it.each([
    ['SERVFAIL', { rcode: 'SERVFAIL' as const }, 'servfail'],
    ['D13: SERVFAIL from a validating resolver on a bogus signature', { rcode: 'SERVFAIL' as const }, 'servfail'],
    ['REFUSED', { rcode: 'REFUSED' as const }, 'refused'],
    ['no answer at all', { drop: true }, 'timeout'],
    ['an undecodable reply', { txt: [[value]], malformed: true }, 'malformed'],
  ])('D10: %s is a temporary failure, never verified', async (_, rule, reason) => {
    const r = await responder({ rules: { [label('app.example.com')]: rule } });
    expect(await checkerFor(r).checkHost('app.example.com', value)).toEqual({
      status: 'temporary',
      detail: `Temporary DNS failure at resolver ${at(r)} (${reason}); we will retry.`,
      lookups: [{ status: 'temporary', reason, resolver: at(r) }],
    });
  });

  it('D11: retries a truncated answer over TCP and verifies from the full RRset', async () => {
    const r = await responder({ rules: { [label('app.example.com')]: { txt: [['v=spf1 -all'], [value]], truncate: true } } });
    const got = await checkerFor(r).checkHost('app.example.com', value);
    expect(got).toEqual({ status: 'verified', detail: '', lookups: [{ status: 'found', records: ['v=spf1 -all', value], chain: [], resolver: at(r) }] });
    expect(r.queries.map((q) => q.transport)).toEqual(['udp', 'tcp']);
  });

  it('D11: a truncated answer with TCP unreachable is temporary, not "absent"', async () => {
    const r = await responder({ rules: { [label('app.example.com')]: { txt: [['v=spf1 -all'], [value]], truncate: true } }, tcp: false });
    expect(await checkerFor(r).checkHost('app.example.com', value)).toMatchObject({
      status: 'temporary',
      lookups: [{ status: 'temporary', reason: 'truncated_tcp_failed', resolver: at(r) }],
    });
  });

  it('D3: joins a record sent as a 255-byte and a 45-byte string', async () => {
    const long = `consentry-verification=${'y'.repeat(277)}`;
    const r = await responder({ rules: { [label('app.example.com')]: { txt: [[long.slice(0, 255), long.slice(255)]] } } });
    expect((await checkerFor(r).checkHost('app.example.com', long)).status).toBe('verified');
  });

  describe('D12: CNAME chains', () => {
    const chain = (links: number) => {
      const rules: ResponderOptions['rules'] = {};
      let from = label('app.example.com');
      for (let i = 1; i <= links; i++) {
        rules[from] = { cname: `c${i}.elsewhere.example` };
        from = `c${i}.elsewhere.example`;
      }
      rules[from] = { txt: [[value]] };
      return rules;
    };
    const targets = (links: number) => Array.from({ length: links }, (_, i) => `c${i + 1}.elsewhere.example`);

    it.each([true, false])('follows 8 links (target records in the reply: %s) and reports them', async (followCnames) => {
      const r = await responder({ rules: chain(8), followCnames });
      expect(await checkerFor(r).checkHost('app.example.com', value)).toEqual({
        status: 'verified',
        detail: '',
        lookups: [{ status: 'found', records: [value], chain: targets(8), resolver: at(r) }],
      });
      expect(r.queries).toHaveLength(followCnames ? 1 : 9);
    });

    it.each([true, false])('gives up after 8 links with a temporary error (target records in the reply: %s)', async (followCnames) => {
      const r = await responder({ rules: chain(9), followCnames });
      expect((await checkerFor(r).checkHost('app.example.com', value)).lookups).toEqual([
        { status: 'temporary', reason: 'cname_loop', resolver: at(r) },
      ]);
    });

    it('stops on a CNAME loop', async () => {
      const r = await responder({
        rules: { [label('app.example.com')]: { cname: 'a.example.com' }, 'a.example.com': { cname: label('app.example.com') } },
        followCnames: false,
      });
      expect((await checkerFor(r).checkHost('app.example.com', value)).lookups).toEqual([
        { status: 'temporary', reason: 'cname_loop', resolver: at(r) },
      ]);
    });
  });

  describe('D14: spoofed replies racing the real one', () => {
    it('ignores forged "verified" replies with a wrong id, letter case or name', async () => {
      const r = await responder({
        rules: { [label('app.example.com')]: { rcode: 'NXDOMAIN', spoof: ['wrong_id', 'wrong_case', 'wrong_name'], spoofTxt: [[value]] } },
      });
      expect(await checkerFor(r).checkHost('app.example.com', value)).toEqual({
        status: 'not_found',
        detail: `No TXT record found at ${label('app.example.com')}.`,
        lookups: [{ status: 'nxdomain', resolver: at(r) }],
      });
      expect(r.forgedSent).toBe(3);
    });

    it('ignores forged NXDOMAIN replies, so the real record still verifies', async () => {
      const r = await responder({ rules: { [label('app.example.com')]: { txt: [[value]], spoof: ['wrong_id', 'wrong_case'] } } });
      expect((await checkerFor(r).checkHost('app.example.com', value)).status).toBe('verified');
    });

    it('times out rather than accept only forged replies', async () => {
      const r = await responder({
        rules: { [label('app.example.com')]: { drop: true, spoof: ['wrong_id', 'wrong_case', 'wrong_name'], spoofTxt: [[value]] } },
      });
      expect((await checkerFor(r).checkHost('app.example.com', value)).lookups).toEqual([
        { status: 'temporary', reason: 'timeout', resolver: at(r) },
      ]);
      expect(r.forgedSent).toBe(3);
    });
  });

  describe('D15: several resolvers', () => {
    it('verifies only when every resolver sees the record', async () => {
      const a = await responder({ rules: { [label('app.example.com')]: { txt: [[value]] } } });
      const b = await responder({ rules: { [label('app.example.com')]: { txt: [[value]] } } });
      expect((await checkerFor(a, b).checkHost('app.example.com', value)).status).toBe('verified');
    });

    it('is temporary, never verified, when resolvers disagree', async () => {
      const a = await responder({ rules: { [label('app.example.com')]: { txt: [[value]] } } });
      const b = await responder({ rules: {} });
      expect(await checkerFor(a, b).checkHost('app.example.com', value)).toEqual({
        status: 'temporary',
        detail: `DNS resolvers disagree about ${label('app.example.com')}; we will retry until all see the record.`,
        lookups: [
          { status: 'found', records: [value], chain: [], resolver: at(a) },
          { status: 'nxdomain', resolver: at(b) },
        ],
      });
    });

    it('is temporary when one resolver fails and the other says not found', async () => {
      const a = await responder({ rules: {} });
      const b = await responder({ rules: { [label('app.example.com')]: { rcode: 'SERVFAIL' } } });
      expect((await checkerFor(a, b).checkHost('app.example.com', value)).status).toBe('temporary');
    });

    it('is not found when every resolver definitely says so', async () => {
      const a = await responder({ rules: {} });
      const b = await responder({ rules: { [label('app.example.com')]: { txt: [['v=spf1 -all']] } } });
      expect((await checkerFor(a, b).checkHost('app.example.com', value)).status).toBe('not_found');
    });
  });
});
