import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics: one registry per app instance (no global default registry). */
export interface Metrics {
  registry: Registry;
  /**
   * Counts one answered request. `route` is the matched route pattern, never the raw path: ids
   * in paths would explode cardinality.
   */
  record(route: string, method: string, status: number, seconds: number): void;
}

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5];

/** The requests of one route and method: counts by status, and the duration histogram. */
interface Series {
  labels: { route: string; method: string };
  statuses: Map<number, number>;
  /** Observations per bucket, not cumulative (`le` counts are summed when scraped). */
  buckets: number[];
  sum: number;
  count: number;
}

/**
 * Requests are tallied in plain numbers and handed to prom-client only when `/metrics` is
 * scraped (its `collect` hook): prom-client hashes and validates the label object on every
 * `inc`/`observe`, which cost more than a whole discovery request.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // By route, then method: both are constant strings, so neither lookup builds a key.
  const byRoute = new Map<string, Map<string, Series>>();
  const series = function* () {
    for (const byMethod of byRoute.values()) yield* byMethod.values();
  };
  new Counter({
    name: 'consentry_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of series()) {
        for (const [status, n] of s.statuses) this.inc({ ...s.labels, status: String(status) }, n);
      }
    },
  });
  new Histogram({
    name: 'consentry_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route', 'method'] as const,
    buckets: BUCKETS,
    registers: [registry],
    collect() {
      publishHistogram(this, series());
    },
  });
  return {
    registry,
    record(route, method, status, seconds) {
      let byMethod = byRoute.get(route);
      if (!byMethod) byRoute.set(route, (byMethod = new Map()));
      let s = byMethod.get(method);
      if (!s) byMethod.set(method, (s = { labels: { route, method }, statuses: new Map(), buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
      s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
      let b = 0;
      while (b < BUCKETS.length && seconds > BUCKETS[b]!) b++;
      if (b < BUCKETS.length) s.buckets[b]!++;
      s.sum += seconds;
      s.count++;
    },
  };
}

/**
 * prom-client (15.x, pinned) has no public call that adds a whole bucket count, so the series
 * replace its per-label entries, in the shape its `observe` builds (`labels`, `bucketValues` by
 * upper bound, `sum`, `count`); it still renders `_bucket`, `+Inf`, `_sum` and `_count`.
 * test/unit/service/http/metrics.test.ts pins the rendered text.
 */
function publishHistogram(histogram: Histogram, all: Iterable<Series>): void {
  const entries: Record<string, { labels: Series['labels']; bucketValues: Record<number, number>; sum: number; count: number }> = {};
  for (const s of all) {
    const bucketValues: Record<number, number> = {};
    BUCKETS.forEach((upper, i) => (bucketValues[upper] = s.buckets[i]!));
    entries[`${s.labels.method} ${s.labels.route}`] = { labels: s.labels, bucketValues, sum: s.sum, count: s.count };
  }
  (histogram as unknown as { hashMap: typeof entries }).hashMap = entries;
}
