import { randomBytes } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import * as packet from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../../service/dns/dns-client.js';
import { freeLoopbackPort } from '../../helpers/dnsmasq.js';

// The UDP exchange under the DNS client (docs/security.md D14): each query goes out from a
// connected socket of its own, and only the reply that answers it counts, however many lookups
// are in flight. A raw UDP server scripts the replies.

interface Seen {
  port: number;
  id: number;
  name: string;
  msg: Buffer;
  /** Sends a datagram to where this query came from. */
  send(msg: Buffer): void;
}

/** The reply a resolver would give to `query`: same id and question, one TXT record naming the question in lowercase. */
function answer(query: Buffer, id = query.readUInt16BE(0), name?: string): Buffer {
  const q = packet.decode(query).questions![0]!;
  const asked = name ?? q.name;
  return packet.encode({
    type: 'response',
    id,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE,
    questions: [{ ...q, name: asked }],
    answers: [{ type: 'TXT', name: asked, ttl: 60, class: 'IN', data: [`for ${asked.toLowerCase()}`] }],
  });
}

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

/** A UDP "resolver" on loopback that hands every query to `onQuery` (reply with `send`). */
async function server(onQuery: (seen: Seen, send: (msg: Buffer) => void, all: Seen[]) => void) {
  const udp = createSocket('udp4');
  sockets.push(udp);
  const seen: Seen[] = [];
  udp.on('message', (msg: Buffer, rinfo: RemoteInfo) => {
    const send = (out: Buffer) => udp.send(out, rinfo.port, rinfo.address);
    const q: Seen = { port: rinfo.port, id: msg.readUInt16BE(0), name: packet.decode(msg).questions![0]!.name, msg, send };
    seen.push(q);
    onQuery(q, send, seen);
  });
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  return { resolver: { host: '127.0.0.1', port: udp.address().port }, seen };
}

function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function groupByPort(seen: Seen[]): Seen[][] {
  const by = new Map<number, Seen[]>();
  for (const q of seen) by.set(q.port, [...(by.get(q.port) ?? []), q]);
  return [...by.values()];
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `_consentry-challenge.host${i}.example.test`);
const clientFor = (resolver: { host: string; port: number }, timeoutMs = 2000) => createDnsClient({ resolvers: [resolver], timeoutMs });

describe('UDP exchange', () => {
  it('gives 150 concurrent lookups each its own reply, from a port of its own, though the replies come back shuffled', async () => {
    const { resolver, seen } = await server((_, __, all) => {
      // Hold every reply until all 150 queries are in flight, then answer in random order. (Many
      // more at once would overflow this server's receive buffer while it shares the process.)
      if (all.length < 150) return;
      for (const q of shuffled(all)) q.send(answer(q.msg));
    });
    const dns = clientFor(resolver);
    const hosts = names(150);
    const got = await Promise.all(hosts.map((h) => dns.queryTxt(h)));
    for (const [i, h] of hosts.entries()) {
      expect(got[i]).toEqual([{ status: 'found', records: [`for ${h}`], chain: [], resolver: `127.0.0.1:${resolver.port}` }]);
    }
    // RFC 5452 §9.2: a random source port per query; all 150 were in flight at once.
    expect(groupByPort(seen).map((queries) => queries.length)).toEqual(Array(150).fill(1));
  });

  it('gives each lookup its own reply even when the random source repeats ids (each has its own port)', async () => {
    const { resolver, seen } = await server((_, __, all) => {
      if (all.length < 40) return;
      for (const q of shuffled(all)) q.send(answer(q.msg));
    });
    // Two-byte draws (ids) fall in 0-39 only: drawn blindly, ids would collide on most sockets.
    const random = (size: number) => (size === 2 ? Buffer.from([0, Math.floor(Math.random() * 40)]) : randomBytes(size));
    const dns = createDnsClient({ resolvers: [resolver], timeoutMs: 2000, random });
    const hosts = names(40);
    const got = await Promise.all(hosts.map((h) => dns.queryTxt(h)));
    expect(got.map(([l]) => l)).toEqual(hosts.map((h) => ({ status: 'found', records: [`for ${h}`], chain: [], resolver: `127.0.0.1:${resolver.port}` })));
    for (const queries of groupByPort(seen)) expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
  });

  it('sends each of 100 lookups one after another from a fresh random port', async () => {
    const { resolver, seen } = await server((q, send) => send(answer(q.msg)));
    const dns = clientFor(resolver);
    for (const h of names(100)) await dns.queryTxt(h);
    // The kernel draws each port at random from the ephemeral range (about 28,000 ports here), so
    // a closed socket's port may come up again by chance, but rarely: no port serves a burst.
    expect(seen).toHaveLength(100);
    expect(groupByPort(seen).length).toBeGreaterThanOrEqual(95);
  });

  it('closes the socket once the lookup is answered: a datagram to its port finds no listener', async () => {
    const { resolver, seen } = await server((q, send) => send(answer(q.msg)));
    await clientFor(resolver).queryTxt('_consentry-challenge.app.example.test');
    // Our resolver sends one more datagram to the port the query came from: with the socket gone,
    // the kernel answers ICMP port unreachable, which a connected probe socket sees as an error.
    const probe = createSocket('udp4');
    sockets.push(probe);
    const refused = new Promise<string>((resolve) => probe.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error')));
    probe.connect(seen[0]!.port, '127.0.0.1', () => probe.send(Buffer.from('ping')));
    expect(await refused).toBe('ECONNREFUSED');
  });

  it('D14: ignores a forged reply from another port, exact in id, name and letter case (the socket is connected)', async () => {
    const forger = createSocket('udp4');
    sockets.push(forger);
    await new Promise<void>((resolve) => forger.bind(0, '127.0.0.1', resolve));
    const { resolver } = await server((q, send) => {
      const forged = packet.decode(answer(q.msg));
      forged.answers = [{ type: 'TXT', name: q.name, ttl: 60, class: 'IN', data: ['forged'] }];
      forger.send(packet.encode(forged), q.port, '127.0.0.1');
      setTimeout(() => send(answer(q.msg)), 30);
    });
    const [got] = await clientFor(resolver).queryTxt('_consentry-challenge.app.example.test');
    expect(got).toMatchObject({ status: 'found', records: ['for _consentry-challenge.app.example.test'] });
  });

  it('D14: ignores garbage, wrong ids, wrong letter case, another question and duplicates, and takes the real reply', async () => {
    const { resolver } = await server((q, send) => {
      for (let i = 0; i < 12; i++) send(Buffer.concat([q.msg.subarray(0, 2), randomBytes(i * 5)]));
      send(answer(q.msg, (q.id + 1) & 0xffff));
      send(answer(q.msg, q.id, q.name.replace(/[a-z]/i, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))));
      send(answer(q.msg, q.id, `x${q.name}`));
      send(Buffer.alloc(0));
      setTimeout(() => {
        send(answer(q.msg));
        send(answer(q.msg));
      }, 20);
    });
    const dns = clientFor(resolver);
    const hosts = names(10);
    const got = await Promise.all(hosts.map((h) => dns.queryTxt(h)));
    expect(got.map(([l]) => l)).toEqual(hosts.map((h) => ({ status: 'found', records: [`for ${h}`], chain: [], resolver: `127.0.0.1:${resolver.port}` })));
  });

  it("never takes a reply that carries a query's id but another query's question", async () => {
    // Each query gets a reply with its own id and the question of another query in flight.
    const { resolver } = await server((_, __, all) => {
      if (all.length < 12) return;
      for (const [i, q] of all.entries()) q.send(answer(all[(i + 1) % all.length]!.msg, q.id));
    });
    const dns = clientFor(resolver, 300);
    const got = await Promise.all(names(12).map((h) => dns.queryTxt(h)));
    expect(got.flat()).toEqual(Array(12).fill({ status: 'temporary', reason: 'timeout', resolver: `127.0.0.1:${resolver.port}` }));
  });

  it('D10: fails at once when the resolver port is closed (ICMP port unreachable), not after the timeout', async () => {
    const port = await freeLoopbackPort();
    const started = performance.now();
    const got = await clientFor({ host: '127.0.0.1', port }, 10_000).queryTxt('_consentry-challenge.app.example.test');
    expect(got).toEqual([{ status: 'temporary', reason: 'timeout', resolver: `127.0.0.1:${port}` }]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
