import autocannon from 'autocannon';
import { cpuMicros } from './process-stats.js';

/** One request autocannon sends; `setup` runs right before each send, `done` on its response. */
export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Fills in a fresh request (e.g. the next refresh token); return false when nothing is left. */
  setup?: (req: { headers: Record<string, string>; body?: string }, context: Record<string, unknown>) => boolean;
  done?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export interface LoadPlan {
  request: LoadRequest;
  /** Fixed number of requests instead of the fixed duration (a pre-minted pool of codes). */
  amount?: number;
}

export interface LoadSettings {
  durationSeconds: number;
  connections: number;
  rounds: number;
}

/** One round against one server. */
export interface RoundResult {
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
  requests: number;
  failed: number;
  /** Status and body of the first non-2xx answer, to say why requests failed. */
  failureSample?: string;
}

/** Median of the rounds (each figure on its own), plus every round for the JSON file. */
export interface LoadResult extends RoundResult {
  rounds: RoundResult[];
}

/**
 * One autocannon run on loopback with the server's CPU time read from /proc before and after:
 * CPU-µs per request is the server process's user+system time over the responses it gave.
 * Only 2xx answers count as served; anything else is `failed` and shown next to the figure.
 */
export async function loadRound(url: string, pid: number, plan: LoadPlan, s: LoadSettings): Promise<RoundResult> {
  const { request } = plan;
  let sample: string | undefined;
  const cpuBefore = cpuMicros(pid);
  const result = await autocannon({
    url: `${url}${request.path}`,
    connections: s.connections,
    ...(plan.amount ? { amount: plan.amount } : { duration: s.durationSeconds }),
    timeout: 10,
    requests: [
      {
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers ?? {},
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.setup
          ? {
              setupRequest: (req: { headers: Record<string, string>; body?: string }, context: Record<string, unknown>) =>
                request.setup!(req, context) ? req : undefined,
            }
          : {}),
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          if ((status < 200 || status > 299) && sample === undefined) sample = `${status} ${body.slice(0, 200)}`;
          request.done?.(status, body, context);
        },
      },
    ],
  });
  const cpu = cpuMicros(pid) - cpuBefore;
  const ok = Number(result['2xx'] ?? 0);
  const total = Number(result.requests.total ?? 0);
  const failed = total - ok + Number(result.errors ?? 0) + Number(result.timeouts ?? 0);
  return {
    rps: ok / Number(result.duration),
    p50: Number(result.latency.p50),
    p99: Number(result.latency.p99),
    cpuUsPerRequest: total > 0 ? cpu / total : NaN,
    requests: total,
    failed,
    ...(sample ? { failureSample: sample } : {}),
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function summarize(rounds: RoundResult[]): LoadResult {
  const pick = (k: 'rps' | 'p50' | 'p99' | 'cpuUsPerRequest') => median(rounds.map((r) => r[k]));
  return {
    rps: pick('rps'),
    p50: pick('p50'),
    p99: pick('p99'),
    cpuUsPerRequest: pick('cpuUsPerRequest'),
    requests: rounds.reduce((a, r) => a + r.requests, 0),
    failed: rounds.reduce((a, r) => a + r.failed, 0),
    ...(rounds.find((r) => r.failureSample) ? { failureSample: rounds.find((r) => r.failureSample)!.failureSample } : {}),
    rounds,
  };
}
