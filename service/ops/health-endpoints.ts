import type { RequestHandler } from 'express';
import type { Deps } from '../deps.js';
import { databaseFaultCause } from '../storage/database-fault.js';

/** `/healthz`: the process serves HTTP (no dependency checks, so a slow DB never kills it). */
export const healthz: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' });
};

/** How long each readiness step may take before the database counts as unavailable. */
const READY_STEP_MS = 1000;

type DatabaseState = { database: 'ok' } | { database: 'unreachable' | 'not writable'; cause: string };

/**
 * `/readyz`: 200 while the database answers a read and accepts a write, each within a second;
 * 503 with Retry-After otherwise (unreachable, or full / read-only: docs/security.md RL5) and
 * while draining after SIGTERM. Checks running at once share one probe, and the log says when
 * readiness changes and why, once, not on every probe.
 */
export function createReadyz(deps: Pick<Deps, 'db' | 'logger'>, state: { draining: boolean }): RequestHandler {
  let running: Promise<DatabaseState> | undefined;
  // Ready until a probe says otherwise: the first probe of a healthy process logs nothing.
  let last: DatabaseState['database'] = 'ok';
  const check = () =>
    (running ??= checkDatabase(deps.db)
      .then((s) => {
        if (s.database !== last) {
          if (s.database === 'ok') deps.logger.info('ready: the database answers and accepts writes');
          else deps.logger.warn({ database: s.database, cause: s.cause }, 'not ready: /readyz answers 503 until the database recovers');
        }
        last = s.database;
        return s;
      })
      .finally(() => {
        running = undefined;
      }));

  return async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (state.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const s = await check();
    if (s.database === 'ok') res.json({ status: 'ready', database: 'ok' });
    else res.status(503).set('Retry-After', '5').json({ status: 'unavailable', database: s.database });
  };
}

async function checkDatabase(db: Deps['db']): Promise<DatabaseState> {
  try {
    await withTimeout(db.ping(), READY_STEP_MS);
  } catch (err) {
    return { database: 'unreachable', cause: databaseFaultCause(err) ?? errorText(err) };
  }
  try {
    await withTimeout(db.probeWrite(), READY_STEP_MS);
  } catch (err) {
    return { database: 'not writable', cause: databaseFaultCause(err) ?? errorText(err) };
  }
  return { database: 'ok' };
}

function errorText(err: unknown): string {
  return String((err as { message?: unknown })?.message ?? err);
}

/** Prometheus text exposition of this process's metrics. */
export function createMetricsEndpoint(deps: Pick<Deps, 'metrics'>): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
