import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { createDnsClient } from '../../service/dns/dns-client.js';
import type { ResolverAddress } from '../../service/dns/resolver-list.js';

/** Records a dnsmasq instance serves; names under `example.test` not listed get NXDOMAIN. */
export interface DnsmasqZone {
  /** `[name, ...character-strings]`: one TXT record per entry (strings are split at commas by dnsmasq, so give none). */
  txt?: Array<[string, ...string[]]>;
  /** `[alias, target]` CNAMEs; dnsmasq answers them with the target's records in one reply. */
  cname?: Array<[string, string]>;
}

export interface Dnsmasq {
  resolver: ResolverAddress;
  /** Stops dnsmasq and starts it again on the same port with `zone` (a "record added/removed"). */
  restart(zone: DnsmasqZone): Promise<void>;
  stop(): Promise<void>;
}

export const DNSMASQ = process.env.DNSMASQ ?? '/usr/sbin/dnsmasq';

/**
 * A real authoritative-for-`example.test` DNS server on a free loopback port (CONTRIBUTING.md#toolchain-notes):
 * `--local` makes unknown names NXDOMAIN, names outside the zone get REFUSED. Spawned without a
 * shell, so TXT values need no quoting.
 */
export async function startDnsmasq(zone: DnsmasqZone): Promise<Dnsmasq> {
  const port = await freeLoopbackPort();
  const resolver = { host: '127.0.0.1', port };
  let child = await spawnReady(port, zone);
  return {
    resolver,
    async restart(next) {
      await stopChild(child);
      child = await spawnReady(port, next);
    },
    async stop() {
      await stopChild(child);
    },
  };
}

function args(port: number, zone: DnsmasqZone): string[] {
  return [
    '--keep-in-foreground',
    '--conf-file=/dev/null',
    '--no-resolv',
    '--no-hosts',
    `--port=${port}`,
    '--listen-address=127.0.0.1',
    '--bind-interfaces',
    '--pid-file=',
    '--local=/example.test/',
    ...(zone.txt ?? []).map(([name, ...strings]) => `--txt-record=${[name, ...strings].join(',')}`),
    ...(zone.cname ?? []).map(([alias, target]) => `--cname=${alias},${target}`),
  ];
}

async function spawnReady(port: number, zone: DnsmasqZone): Promise<ChildProcess> {
  const child = spawn(DNSMASQ, args(port, zone), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`dnsmasq exited (${code}): ${stderr.trim()}`))),
  );
  exited.catch(() => {});
  const probe = createDnsClient({ resolvers: [{ host: '127.0.0.1', port }], timeoutMs: 200 });
  // Up to 20 s: on a loaded 2-core machine (the whole suite in parallel) dnsmasq can be slow to bind.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const [answer] = await Promise.race([probe.queryTxt('probe.example.test'), exited]);
    if (answer!.status !== 'temporary') return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`dnsmasq did not answer on port ${port}: ${stderr.trim()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A port free for both TCP and UDP on 127.0.0.1 (DNS answers truncated replies over TCP). */
export async function freeLoopbackPort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const u = createSocket('udp4');
      u.once('error', () => resolve(false));
      u.bind(port, '127.0.0.1', () => u.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
}
