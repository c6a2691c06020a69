import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAnalysis } from './analysis-bench.js';
import type { AuthServer } from './auth-server.js';
import { spawnConsentry, startConsentry, type ConsentryUnderTest } from './consentry-server.js';
import { benchDns } from './dns-bench.js';
import { benchGrantsListing } from './grants-listing-bench.js';
import { loadRound, summarize, type LoadPlan, type LoadSettings, type RoundResult } from './load-test.js';
import { startPeer } from './peer-server.js';
import { machine, memory } from './process-stats.js';
import { markdown, saveAndCompare, writeReadme, type BenchReport, type LoadRow, type OtherRow } from './report.js';
import { spawnServer, type RunningServer } from './spawn-server.js';
import { codePlan, getPlan, introspectPlan, mintChains, mintCodes, refreshPlan, type Chain } from './token-plans.js';

/**
 * `npm run bench`: Consentry (production mode, fresh SQLite) against node-oidc-provider and a bare
 * node:http server, each in its own process, plus the non-HTTP measures; prints the tables,
 * rewrites README's Benchmarks block and test/bench/results/latest.json. Never part of `npm test`.
 */
const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
const settings: LoadSettings = { durationSeconds: env('BENCH_DURATION', 5), connections: env('BENCH_CONNECTIONS', 16), rounds: env('BENCH_ROUNDS', 3) };
const CLIENTS = env('BENCH_CLIENTS', 128);
const CODES = env('BENCH_CODES', 3000);
/**
 * BENCH_ONLY=refresh,introspection runs only those parts (keys: startup, refresh, code,
 * introspection, discovery, consent, analysis, dns, grants) and writes nothing: a partial run
 * never replaces the README figures or the JSON a later run compares against.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const KEYS = ['startup', 'refresh', 'code', 'introspection', 'discovery', 'consent', 'analysis', 'dns', 'grants'];
for (const k of ONLY ?? []) if (!KEYS.includes(k)) throw new Error(`BENCH_ONLY: unknown part "${k}" (one of ${KEYS.join(', ')})`);
const want = (key: string) => !ONLY || ONLY.includes(key);
const ROOT = new URL('../../', import.meta.url).pathname;
const log = (s: string) => process.stdout.write(`${s}\n`);
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

const report: BenchReport = { machine: machine(), settings, load: [], other: [], notes: [] };
log(`consentry bench — ${report.machine.cpu} × ${report.machine.cores}, Node ${report.machine.node}, load average ${report.machine.loadavg.join(' / ')}`);
if (report.machine.loadavg[0]! > report.machine.cores * 0.5) log('WARNING: the machine is busy; figures from this run are noisy.');

/** Runs `rounds` rounds of each server's plan, alternating servers so noise spreads evenly. */
async function compare(scenario: string, servers: Array<{ name: string; s: RunningServer; plan: (round: number) => Promise<LoadPlan> }>) {
  const rounds = new Map<string, RoundResult[]>(servers.map((x) => [x.name, []]));
  const errors = new Map<string, string>();
  for (let r = 0; r < settings.rounds; r++) {
    for (const x of servers) {
      if (errors.has(x.name)) continue;
      try {
        rounds.get(x.name)!.push(await loadRound(x.s.url, x.s.pid, await x.plan(r), settings));
      } catch (e) {
        errors.set(x.name, errText(e));
      }
    }
  }
  const rows = servers.map((x): LoadRow => {
    const got = rounds.get(x.name)!;
    return got.length === settings.rounds ? { scenario, server: x.name, result: summarize(got) } : { scenario, server: x.name, note: errors.get(x.name) ?? 'no rounds' };
  });
  for (const row of rows) {
    log(row.result ? `  ${scenario} / ${row.server}: ${Math.round(row.result.rps)} req/s, p99 ${row.result.p99} ms, ${Math.round(row.result.cpuUsPerRequest)} CPU-µs/req, ${row.result.failed} failed` : `  ${scenario} / ${row.server}: not measured: ${row.note}`);
  }
  report.load.push(...rows);
  return rows;
}

function judge(ours: LoadRow, other: LoadRow | undefined, label: string, target: string, ok: (o: NonNullable<LoadRow['result']>, p: NonNullable<LoadRow['result']>) => boolean) {
  ours.target = target;
  if (!ours.result || !other?.result) return;
  ours.ratio = `${(ours.result.rps / other.result.rps).toFixed(2)}× ${label}`;
  ours.verdict = ok(ours.result, other.result) && ours.result.failed === 0 ? 'PASS' : 'MISS';
}

const stops: Array<() => Promise<void>> = [];
try {
  // Start-up to ready: spawn → first 200 from /readyz, on a fresh database (migrations included),
  // from the bundle `npm ci` builds (prepare); rebuilt here so it is never older than the sources.
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-dist.mjs')], { stdio: 'inherit' });
  const startMs: number[] = [];
  for (let i = 0; want('startup') && i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-start-'));
    const t0 = performance.now();
    const s = await spawnConsentry(dir);
    while ((await fetch(`${s.url}/readyz`).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 2));
    startMs.push(performance.now() - t0);
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  startMs.sort((a, b) => a - b);
  if (want('startup')) {
    report.other.push({ measure: 'Consentry start-up to ready (spawn → 200 /readyz, fresh SQLite, median of 3)', figure: `${Math.round(startMs[1]!)} ms`, target: '< 1 s', verdict: startMs[1]! < 1000 ? 'PASS' : 'MISS' });
    log(`start-up: ${startMs.map(Math.round).join(', ')} ms`);
  }

  if (['refresh', 'code', 'introspection', 'discovery', 'consent'].some(want)) {
    log('starting servers and minting through the real flows…');
    const hello = await spawnServer('node:http', ['--import', 'tsx', join(ROOT, 'test/bench/servers/hello-server.ts')]);
    stops.push(() => hello.stop());
    const consentry: ConsentryUnderTest = await startConsentry(CLIENTS);
    stops.push(() => consentry.stop());
    const idle = memory(consentry.server.pid);
    let flowError: string | undefined;
    await consentry.consentAll().catch((e) => (flowError = `authorization + consent flow failed: ${errText(e)}`));
    const peer: AuthServer = await startPeer(consentry.clients);
    stops.push(() => peer.stop());
    const both = (plan: (server: AuthServer, round: number) => Promise<LoadPlan>) =>
      [consentry, peer].map((x) => ({ name: x.name, s: x.server, plan: (r: number) => plan(x, r) }));
    const guard = (server: AuthServer) => {
      if (server === consentry && flowError) throw new Error(flowError);
    };

    if (want('refresh')) {
      // Refresh-token grant, rotating: one chain per grant, the RT of each response used next.
      log('refresh-token grant (rotating)…');
      const chains = new Map<string, Chain[]>();
      const [refreshOurs, refreshPeer] = await compare(
        'refresh-token grant (rotating)',
        both(async (server) => {
          guard(server);
          if (!chains.has(server.name)) chains.set(server.name, await mintChains(server));
          return refreshPlan(server, chains.get(server.name)!);
        }),
      );
      judge(refreshOurs!, refreshPeer, 'oidc-provider', '≥ 2× peer req/s, p99 ≤ peer', (o, p) => o.rps >= 2 * p.rps && o.p99 <= p.p99);
    }

    if (want('code')) {
      log(`authorization-code exchange (${CODES} codes minted per round)…`);
      const [codeOurs, codePeer] = await compare(
        'authorization-code exchange',
        both(async (server) => {
          guard(server);
          return codePlan(server, await mintCodes(server, CODES), settings.connections);
        }),
      );
      judge(codeOurs!, codePeer, 'oidc-provider', '', () => true);
      codeOurs!.target = undefined;
      codeOurs!.verdict = undefined;
    }

    if (want('introspection')) {
      log('introspection…');
      const inactive = new Map<string, { count: number }>();
      const introspectChains = new Map<string, Chain[]>();
      const [introOurs, introPeer] = await compare(
        'introspection',
        both(async (server) => {
          guard(server);
          if (!introspectChains.has(server.name)) introspectChains.set(server.name, await mintChains(server));
          const count = inactive.get(server.name) ?? { count: 0 };
          inactive.set(server.name, count);
          return introspectPlan(server, introspectChains.get(server.name)!, server === consentry ? 'access_token' : 'refresh_token', count);
        }),
      );
      judge(introOurs!, introPeer, 'oidc-provider', '≥ 2× peer', (o, p) => o.rps >= 2 * p.rps);
      for (const [name, c] of inactive) if (c.count) report.notes.push(`introspection on ${name}: ${c.count} answers said active:false for a live token.`);
    }

    if (want('discovery')) {
      log('discovery, JWKS and the node:http ceiling…');
      const [ceiling] = await compare('node:http hello world (ceiling)', [{ name: 'node:http', s: hello, plan: async () => getPlan('/') }]);
      for (const [scenario, key] of [['discovery', 'discovery'], ['JWKS', 'jwks']] as const) {
        const [ours, theirs] = await compare(scenario, both(async (server) => getPlan(server.paths[key])));
        judge(ours!, ceiling, 'node:http', '≥ 50% of node:http', (o, c) => o.rps >= 0.5 * c.rps);
        if (ours!.result && theirs!.result) ours!.ratio += `; ${(ours!.result.rps / theirs!.result.rps).toFixed(2)}× oidc-provider`;
      }
    }

    if (want('consent')) {
      log('consent page render…');
      const consentUrl = `/oauth2/auth?${new URLSearchParams({
        response_type: 'code',
        client_id: consentry.consentOnlyClient.client_id,
        redirect_uri: consentry.consentOnlyClient.redirect_uri,
        scope: 'offline_access account.read',
        state: 'bench',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      })}`;
      await compare('consent page (GET /oauth2/auth, signed in, not yet granted)', [
        { name: 'Consentry', s: consentry.server, plan: async () => getPlan(consentUrl, { cookie: consentry.sessions[0]!.cookie }) },
      ]);
    }

    const loaded = memory(consentry.server.pid);
    report.other.push({ measure: 'Consentry idle RSS (after start-up and seeding)', figure: `${(idle.rss / 2 ** 20).toFixed(0)} MB`, target: '< 100 MB', verdict: idle.rss < 100 * 2 ** 20 ? 'PASS' : 'MISS' });
    report.other.push({ measure: 'Consentry peak RSS under load (VmHWM)', figure: `${(loaded.peak / 2 ** 20).toFixed(0)} MB` });
  }

  if (want('analysis')) {
    log('authorization-request inspection…');
    const a = benchAnalysis(settings.rounds);
    report.other.push({
      measure: `inspection: detection + full analysis (${a.urls} provider URLs, with catalogs)`,
      figure: `${a.inspectUs.toFixed(2)} µs/URL`,
      note: `${a.inspectRatio.toFixed(1)}× new URL() of the same URLs, ${a.baselineUs.authorization.toFixed(2)} µs`,
      target: '≤ 20 µs',
      verdict: a.inspectUs <= 20 ? 'PASS' : 'MISS',
    });
    report.other.push({
      measure: `inspection: detection of an ordinary navigation (${a.ordinary} pages)`,
      figure: `${a.detectUs.toFixed(2)} µs/URL`,
      note: `${a.detectRatio.toFixed(2)}× new URL() of the same URLs, ${a.baselineUs.ordinary.toFixed(2)} µs`,
      target: '≤ 2 µs',
      verdict: a.detectUs <= 2 ? 'PASS' : 'MISS',
    });
  }

  if (want('dns')) {
    log('DNS verification of 1,000 hosts…');
    const dns = await benchDns(settings.rounds).catch((e) => `not measured: ${errText(e)}`);
    if (typeof dns === 'string') report.other.push({ measure: 'DNS verification of 1,000 hosts', figure: dns, target: '≥ node:dns' });
    else {
      const ok = dns.ours.hostsPerSecond >= dns.nodeDns.hostsPerSecond && dns.ours.wrong === 0;
      report.other.push({ measure: 'DNS verification, our client (2 resolvers, 0x20, id checks)', figure: `${Math.round(dns.ours.hostsPerSecond)} hosts/s`, note: `${dns.ours.wrong} wrong, client CPU ${Math.round(dns.ours.cpuMicrosPerHost)} µs/host`, target: '≥ node:dns', verdict: ok ? 'PASS' : 'MISS' });
      report.other.push({ measure: 'DNS verification, node:dns Resolver.resolveTxt (1 resolver)', figure: `${Math.round(dns.nodeDns.hostsPerSecond)} hosts/s`, note: `${dns.nodeDns.wrong} wrong, client CPU ${Math.round(dns.nodeDns.cpuMicrosPerHost)} µs/host` });
    }
  }

  if (want('grants')) {
    log('grants listing at 1,000,000 grants…');
    const grants = await benchGrantsListing();
    const p99ok = (x: number) => (x < 5 ? 'PASS' : 'MISS');
    report.other.push({ measure: `a user's grants (${grants.user.grants} of ${grants.grants.toLocaleString('en-US')}), grants.forUser`, figure: `p50 ${grants.user.p50.toFixed(2)} ms, p99 ${grants.user.p99.toFixed(2)} ms`, target: 'p99 < 5 ms', verdict: p99ok(grants.user.p99) });
    report.other.push({ measure: `an account's grants (${grants.account.members} members, ${grants.account.grants} grants; a page of ${grants.account.page}), grants.forAccountMembers`, figure: `p50 ${grants.account.p50.toFixed(2)} ms, p99 ${grants.account.p99.toFixed(2)} ms`, target: 'p99 < 5 ms', verdict: p99ok(grants.account.p99) });
    report.notes.push(`1,000,000 grant rows inserted in ${grants.insertSeconds.toFixed(1)} s (one transaction, prepared statements).`);
  }
} catch (e) {
  report.notes.push(`the run stopped early: ${errText(e)}`);
  log(`ERROR: ${e instanceof Error ? e.stack : String(e)}`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}

report.notes.push(
  'Differences: node-oidc-provider keeps everything in memory (its own memory adapter, capacity raised from its 1,000-entry default so minted codes are not evicted); Consentry writes every code, grant and rotation to SQLite and answers only once the WAL is fsynced (WAL, synchronous=NORMAL plus a group-commit fsync per write, as durable as FULL for what it acknowledges) and counts rate limits in the database.',
  'node-oidc-provider cannot introspect its JWT access tokens ("structured tokens"), so its introspection figure is for its opaque refresh tokens; Consentry introspects its ES256 JWT access tokens.',
  "node-oidc-provider drops offline_access without prompt=consent; issueRefreshToken → true makes it issue and rotate refresh tokens anyway. Its discovery document is /.well-known/openid-configuration; Consentry's is RFC 8414 /.well-known/oauth-authorization-server.",
  'Both servers mint codes through their real flows (Consentry: login form, consent page, then silent re-authorization; node-oidc-provider: its devInteractions login and consent forms, then silent re-authorization). Load comes from many clients (one refresh chain per grant), since Consentry limits token requests per client and IP.',
);
const text = markdown(report);
log(`\n${text}\n`);
if (ONLY) {
  log(`BENCH_ONLY=${ONLY.join(',')}: a partial run; README.md and test/bench/results are left as they were.`);
  process.exit(0);
}
for (const alert of saveAndCompare(join(ROOT, 'test/bench/results'), report)) log(`\n!!!!!!!! ${alert} !!!!!!!!`);
writeReadme(join(ROOT, 'README.md'), text);
log('README.md (## Benchmarks) and test/bench/results/latest.json written.');
