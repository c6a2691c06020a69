import { expect } from 'vitest';
import { exchange, expectOAuthError, mintCode, refresh, seedGrant, seedOAuthClient, type HttpResult, type SeededClient } from './oauth-fixtures.js';
import type { TestApp } from './test-app.js';

/**
 * Token traffic for fault tests, recording what the server acknowledged so that what it
 * promised can be checked after the fault (docs/security.md RL2, RL5): refresh chains
 * (each rotation acknowledged by a 200 must hold, the token it replaced must stay refused) and
 * authorization codes (one acknowledged exchange, and the code is spent for good).
 */

/** Limits high enough that the load is never refused for its rate. */
export const FAULT_LOAD_LIMITS = {
  tokenPerClientIp: { points: 1_000_000, duration: 60 },
  tokenFailuresPerClientIp: { points: 1_000_000, duration: 60 },
};

/** FAULT_SEED replays a schedule; the default keeps every run of the suite the same. */
export const FAULT_SEED = Number(process.env.FAULT_SEED ?? 20261207);

export interface Chain {
  seeded: SeededClient;
  /** Refresh tokens in the order the server handed them out (each a 200). */
  acked: string[];
  /** A request of this chain got no 200: it may or may not have rotated the last token. */
  uncertain: boolean;
}

export interface CodeUse {
  seeded: SeededClient;
  code: string;
  /** Exchanged with a 200. */
  acked: boolean;
}

/** Seedable PRNG (mulberry32): the same seed gives the same fault schedule. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `chains` refresh chains, each of its own client, started by a code exchange. */
export async function seedChains(app: TestApp, n: number): Promise<Chain[]> {
  const chains: Chain[] = [];
  for (let i = 0; i < n; i++) {
    const seeded = await seedOAuthClient(app.deps);
    const grant = await seedGrant(app.deps, seeded, ['openid', 'offline_access']);
    const first = await exchange(app, seeded, await mintCode(app.deps, grant, { scopes: ['openid', 'offline_access'] }));
    expect(first.status).toBe(200);
    chains.push({ seeded, acked: [first.body.refresh_token as string], uncertain: false });
  }
  return chains;
}

/** `n` unused codes, spread over a few clients of their own (a replay revokes its grant). */
async function seedCodes(app: TestApp, n: number): Promise<CodeUse[]> {
  const codes: CodeUse[] = [];
  const clients = await Promise.all([0, 1, 2].map(() => seedOAuthClient(app.deps)));
  for (let i = 0; i < n; i++) {
    const seeded = clients[i % clients.length]!;
    const grant = await seedGrant(app.deps, seeded, ['openid']);
    codes.push({ seeded, code: await mintCode(app.deps, grant, { scopes: ['openid'] }), acked: false });
  }
  return codes;
}

export interface LoadReport {
  /** How often each status (or network error code) was seen. */
  statuses: Record<string, number>;
  /** Every answer that was neither a 200 nor a well-formed 503. */
  unexpected: Array<{ status: number | string; body: unknown }>;
}

/**
 * `workers` loops, each refreshing a chain and now and then redeeming the next unused code,
 * until `stop()`. A chain is left at its first answer that is not a 200 (its last token's fate
 * is unknown) and the worker moves on to the next unused chain, so chains started after the
 * last fault end the run with every answer a 200.
 */
function startTokenLoad(app: TestApp, chains: Chain[], codes: CodeUse[], random: () => number, workers = 4) {
  const report: LoadReport = { statuses: {}, unexpected: [] };
  let stopped = false;
  let nextCode = 0;
  const note = (r: HttpResult | string) => {
    const status = typeof r === 'string' ? r : String(r.status);
    report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    if (typeof r === 'string') report.unexpected.push({ status: r, body: undefined });
    else if (r.status !== 200 && !isWellFormed503(r)) report.unexpected.push({ status: r.status, body: r.body });
    return typeof r !== 'string' && r.status === 200;
  };
  const attempt = async (work: () => Promise<HttpResult>) => {
    try {
      return note(await work()) ? 'ok' : 'failed';
    } catch (err) {
      note((err as { cause?: { code?: string } }).cause?.code ?? String(err));
      return 'failed';
    }
  };
  let nextChain = 0;
  const worker = async () => {
    for (let chain = chains[nextChain++]; chain && !stopped; chain = chains[nextChain++]) {
      await drive(chain);
      // A client would back off too; an outage must not use up every chain at once.
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const drive = async (chain: Chain) => {
    while (!stopped && !chain.uncertain) {
      const use = random() < 0.25 && nextCode < codes.length ? codes[nextCode++] : undefined;
      if (use) {
        if ((await attempt(() => exchange(app, use.seeded, use.code))) === 'ok') use.acked = true;
        continue;
      }
      let rotated: string | undefined;
      const outcome = await attempt(async () => {
        const r = await refresh(app, chain.seeded, chain.acked.at(-1)!);
        rotated = r.body?.refresh_token;
        return r;
      });
      if (outcome === 'ok') chain.acked.push(rotated!);
      else chain.uncertain = true;
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    report,
    async stop(): Promise<LoadReport> {
      stopped = true;
      await running;
      return report;
    },
  };
}

/** 503, `temporarily_unavailable`, Retry-After, not cached: what a client may retry. */
function isWellFormed503(r: HttpResult): boolean {
  return (
    r.status === 503 &&
    r.body?.error === 'temporarily_unavailable' &&
    r.headers.get('retry-after') === '5' &&
    r.headers.get('cache-control') === 'no-store'
  );
}

/**
 * After recovery, everything acknowledged holds: a chain that saw only 200s refreshes from its
 * last token; in every chain the token before the last is refused (rotated away, even across
 * the fault); every code exchanged once is refused now.
 */
async function expectAcknowledgedStateHolds(app: TestApp, chains: Chain[], codes: CodeUse[]): Promise<void> {
  for (const chain of chains.filter((c) => !c.uncertain)) {
    expect((await refresh(app, chain.seeded, chain.acked.at(-1)!)).status).toBe(200);
  }
  for (const chain of chains.filter((c) => c.acked.length >= 2)) {
    expectOAuthError(await refresh(app, chain.seeded, chain.acked.at(-2)!), 400, 'invalid_grant');
  }
  for (const use of codes.filter((c) => c.acked)) {
    expectOAuthError(await exchange(app, use.seeded, use.code), 400, 'invalid_grant');
  }
}

/** Polls `/readyz` until it answers `status` (bounded); resolves with the statuses seen. */
export async function waitForReadiness(app: TestApp, status: number, timeoutMs = 20_000): Promise<number[]> {
  const seen: number[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await fetch(`${app.url}/readyz`).then((x) => x.status, () => 0);
    seen.push(r);
    if (r === status) return seen;
    if (Date.now() > until) throw new Error(`/readyz never answered ${status} (saw ${[...new Set(seen)].join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface FaultLoad {
  chains: Chain[];
  codes: CodeUse[];
  /** A seeded pause of 300-800 ms: some load between one fault and the next. */
  pause(): Promise<void>;
  /** Stops the load and checks what it got: see `expectFaultSurvived`. */
  stop(): Promise<LoadReport>;
}

/** `chains` refresh chains and `codes` codes seeded, then the load running (FAULT_SEED). */
export async function startFaultLoad(app: TestApp, o: { chains: number; codes: number }): Promise<FaultLoad> {
  const random = seededRandom(FAULT_SEED);
  const chains = await seedChains(app, o.chains);
  const codes = await seedCodes(app, o.codes);
  const load = startTokenLoad(app, chains, codes, random);
  return { chains, codes, pause: () => new Promise((resolve) => setTimeout(resolve, 300 + random() * 500)), stop: load.stop };
}

/**
 * Stops the load, then: every answer was a 200 or a well-formed 503; the fault was seen (503s,
 * each leaving its chain uncertain); chains started after it ran with only 200s; and what was
 * acknowledged holds (`expectAcknowledgedStateHolds`).
 */
export async function expectFaultSurvived(app: TestApp, load: FaultLoad): Promise<LoadReport> {
  const report = await load.stop();
  expect(report.unexpected).toEqual([]);
  expect(report.statuses['200']).toBeGreaterThan(20);
  expect(report.statuses['503']).toBeGreaterThan(0);
  expect(load.chains.filter((c) => c.uncertain).length).toBeGreaterThan(0);
  expect(load.chains.filter((c) => !c.uncertain && c.acked.length >= 3).length).toBeGreaterThan(0);
  await expectAcknowledgedStateHolds(app, load.chains, load.codes);
  return report;
}
