import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../../service/http/metrics.js';

const lines = async (text: Promise<string>, prefix: string) => (await text).split('\n').filter((l) => l.startsWith(prefix));

describe('createMetrics', () => {
  it('exposes requests by route, method and status as a Prometheus counter', async () => {
    const m = createMetrics();
    m.record('/oauth2/token', 'POST', 200, 0.002);
    m.record('/oauth2/token', 'POST', 200, 0.003);
    m.record('/oauth2/token', 'POST', 400, 0.001);
    m.record('unmatched', 'GET', 404, 0.0005);
    const text = m.registry.metrics();
    expect(await lines(text, 'consentry_http_requests_total')).toEqual([
      'consentry_http_requests_total{route="/oauth2/token",method="POST",status="200"} 2',
      'consentry_http_requests_total{route="/oauth2/token",method="POST",status="400"} 1',
      'consentry_http_requests_total{route="unmatched",method="GET",status="404"} 1',
    ]);
    expect(await lines(text, '# TYPE consentry_http_requests_total')).toEqual(['# TYPE consentry_http_requests_total counter']);
  });

  it('exposes durations by route and method as a histogram with cumulative buckets, sum and count', async () => {
    const m = createMetrics();
    for (const s of [0.0005, 0.001, 0.004, 0.3, 7]) m.record('/.well-known/jwks.json', 'GET', 200, s);
    m.record('/.well-known/jwks.json', 'HEAD', 200, 0.02);
    const text = m.registry.metrics();
    const name = 'consentry_http_request_duration_seconds';
    const get = (le: string) => `${name}_bucket{le="${le}",route="/.well-known/jwks.json",method="GET"}`;
    expect(await lines(text, `${name}_bucket{le="0.001",route="/.well-known/jwks.json",method="GET"}`)).toEqual([`${get('0.001')} 2`]);
    expect((await lines(text, `${name}_bucket`)).filter((l) => l.includes('method="GET"'))).toEqual([
      `${get('0.001')} 2`,
      `${get('0.0025')} 2`,
      `${get('0.005')} 3`,
      `${get('0.01')} 3`,
      `${get('0.025')} 3`,
      `${get('0.05')} 3`,
      `${get('0.1')} 3`,
      `${get('0.25')} 3`,
      `${get('1')} 4`,
      `${get('2.5')} 4`,
      `${get('+Inf')} 5`,
    ]);
    const sum = await lines(text, `${name}_sum{route="/.well-known/jwks.json",method="GET"}`);
    expect(Number(sum[0]!.split(' ')[1])).toBeCloseTo(7.3055, 6);
    expect(await lines(text, `${name}_count`)).toEqual([
      `${name}_count{route="/.well-known/jwks.json",method="GET"} 5`,
      `${name}_count{route="/.well-known/jwks.json",method="HEAD"} 1`,
    ]);
    expect(await lines(text, `# TYPE ${name}`)).toEqual([`# TYPE ${name} histogram`]);
  });

  it('keeps counting across scrapes', async () => {
    const m = createMetrics();
    m.record('/healthz', 'GET', 200, 0.001);
    await m.registry.metrics();
    m.record('/healthz', 'GET', 200, 0.001);
    expect(await lines(m.registry.metrics(), 'consentry_http_requests_total{')).toEqual([
      'consentry_http_requests_total{route="/healthz",method="GET",status="200"} 2',
    ]);
    expect(await lines(m.registry.metrics(), 'consentry_http_request_duration_seconds_count')).toEqual([
      'consentry_http_request_duration_seconds_count{route="/healthz",method="GET"} 2',
    ]);
  });

  it('renders what prom-client renders when fed request by request', async () => {
    const observations = [
      ['/oauth2/token', 'POST', 200, 0.0021],
      ['/oauth2/token', 'POST', 429, 0.0004],
      ['/.well-known/jwks.json', 'GET', 304, 0.0001],
      ['/oauth2/token', 'POST', 200, 0.04],
      ['unmatched', 'GET', 404, 3],
    ] as const;
    const m = createMetrics();
    const reference = new Registry();
    const requests = new Counter({ name: 'consentry_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['route', 'method', 'status'], registers: [reference] });
    const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5];
    const duration = new Histogram({ name: 'consentry_http_request_duration_seconds', help: 'HTTP request duration by route', labelNames: ['route', 'method'], buckets, registers: [reference] });
    for (const [route, method, status, seconds] of observations) {
      m.record(route, method, status, seconds);
      requests.inc({ route, method, status: String(status) });
      duration.observe({ route, method }, seconds);
    }
    const ours = (await lines(m.registry.metrics(), 'consentry_')).sort();
    expect(ours).toEqual((await lines(reference.metrics(), 'consentry_')).sort());
    expect(ours.length).toBeGreaterThan(40);
  });
});
