import { existsSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { createDnsClient } from '../../service/dns/dns-client.js';
import { DNSMASQ, startDnsmasq } from '../helpers/dnsmasq.js';
import { inParallel } from './http-flow.js';
import { median } from './load-test.js';

export interface DnsClientResult {
  hostsPerSecond: number;
  wrong: number;
  /** CPU time of this process per host (user + system, every thread): what the client itself costs. */
  cpuMicrosPerHost: number;
}

export interface DnsResult {
  hosts: number;
  ours: DnsClientResult;
  nodeDns: DnsClientResult;
}

const HOSTS = 1000;
const IN_FLIGHT = 50;

/**
 * Domain verification of 1,000 hosts against local dnsmasq: our client (random ids, 0x20 case
 * checked, both resolvers asked and required to agree) against `node:dns` Resolver.resolveTxt
 * asking one of them, the same names and the same number in flight. Hosts per second and the
 * client's CPU per host, median of rounds; an answer without the expected record counts as wrong.
 * Both dnsmasq instances run on the same cores as the client: each of our lookups costs the
 * resolvers twice what node:dns's does, which the hosts/s figure includes and the CPU figure does not.
 */
export async function benchDns(rounds: number): Promise<DnsResult | string> {
  if (!existsSync(DNSMASQ)) return `not measured: ${DNSMASQ} is missing (apt-get install dnsmasq-base)`;
  const names = Array.from({ length: HOSTS }, (_, i) => `_consentry-challenge.host${i}.example.test`);
  const value = (i: number) => `consentry-verification=token${i}`;
  const zone = { txt: names.map((n, i): [string, string] => [n, value(i)]) };
  const [a, b] = await Promise.all([startDnsmasq(zone), startDnsmasq(zone)]);
  try {
    const ours = createDnsClient({ resolvers: [a.resolver, b.resolver], timeoutMs: 2000 });
    const node = new Resolver({ timeout: 2000, tries: 1 });
    node.setServers([`${a.resolver.host}:${a.resolver.port}`]);
    const oursOnce = async () => {
      let wrong = 0;
      await inParallel(HOSTS, IN_FLIGHT, async (i) => {
        const answers = await ours.queryTxt(names[i]!);
        if (!answers.every((x) => x.status === 'found' && x.records.includes(value(i)))) wrong++;
      });
      return wrong;
    };
    const nodeOnce = async () => {
      let wrong = 0;
      await inParallel(HOSTS, IN_FLIGHT, async (i) => {
        const records = await node.resolveTxt(names[i]!).catch(() => []);
        if (!records.some((r) => r.join('') === value(i))) wrong++;
      });
      return wrong;
    };
    const timed = async (f: () => Promise<number>): Promise<DnsClientResult> => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const wrong = await f();
      const cpu = process.cpuUsage(cpu0);
      return { hostsPerSecond: HOSTS / ((performance.now() - t0) / 1000), wrong, cpuMicrosPerHost: (cpu.user + cpu.system) / HOSTS };
    };
    await oursOnce();
    await nodeOnce();
    const o: DnsClientResult[] = [];
    const n: DnsClientResult[] = [];
    for (let r = 0; r < rounds; r++) {
      o.push(await timed(oursOnce));
      n.push(await timed(nodeOnce));
    }
    const sum = (xs: DnsClientResult[]): DnsClientResult => ({
      hostsPerSecond: median(xs.map((x) => x.hostsPerSecond)),
      wrong: xs.reduce((s, x) => s + x.wrong, 0),
      cpuMicrosPerHost: median(xs.map((x) => x.cpuMicrosPerHost)),
    });
    return { hosts: HOSTS, ours: sum(o), nodeDns: sum(n) };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}
