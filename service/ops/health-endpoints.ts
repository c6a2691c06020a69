import type { RequestHandler } from 'express';
import type { Deps } from '../deps.js';

/** `/healthz`: the process serves HTTP (no dependency checks, so a slow DB never kills it). */
export const healthz: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' });
};

/** `/readyz`: 200 only while the database answers within a second, else 503 (and while draining). */
export function createReadyz(deps: Pick<Deps, 'db'>, state: { draining: boolean }): RequestHandler {
  return async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (state.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await withTimeout(deps.db.ping(), 1000);
      res.json({ status: 'ready', database: 'ok' });
    } catch {
      res.status(503).set('Retry-After', '5').json({ status: 'unavailable', database: 'unreachable' });
    }
  };
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
