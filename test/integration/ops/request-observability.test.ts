import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { capturedLogger } from '../../helpers/captured-log.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// Every request the Express app answers gets the security headers, one log line and the request
// metric from its first middlewares (service/app.ts).

const { logger, lines: logs } = capturedLogger();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ overrides: { logger } });
});
afterAll(() => app.close());

const metricLines = async () => (await (await fetch(`${app.url}/metrics`)).text()).split('\n').filter((l) => l.startsWith('consentry_http_requests_total{'));
const securityHeaders = (res: Response) => {
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    const perResponse = /^(access-control-.*|cache-control|content-type|content-length|etag|date|connection|keep-alive|pragma|location|set-cookie|vary)$/;
    if (!perResponse.test(k)) out[k] = v;
  });
  return out;
};

describe('requests answered by the Express app', () => {
  it('carry the same security headers as the well-known documents', async () => {
    const page = await fetch(`${app.url}/login`);
    const jwks = await fetch(`${app.url}/.well-known/jwks.json`);
    expect(page.status).toBe(200);
    expect(Object.keys(securityHeaders(page))).toHaveLength(11);
    expect(securityHeaders(page)).toEqual(securityHeaders(jwks));
  });

  it('are counted under their route pattern, never the raw path', async () => {
    const res = await fetch(`${app.url}/settings/tokens/tok_123/revoke`, { method: 'POST', redirect: 'manual' });
    await res.text();
    await vi.waitFor(async () => {
      const lines = await metricLines();
      expect(lines.some((l) => l.startsWith(`consentry_http_requests_total{route="/settings/tokens/:id/revoke",method="POST",status="${res.status}"} `))).toBe(true);
      expect(lines.join('\n')).not.toContain('tok_123');
    });
  });

  it('are counted as unmatched when no route matches', async () => {
    await (await fetch(`${app.url}/no/such/page-42`)).text();
    await vi.waitFor(async () => {
      const lines = await metricLines();
      expect(lines.some((l) => l.startsWith('consentry_http_requests_total{route="unmatched",method="GET",status="404"} '))).toBe(true);
      expect(lines.join('\n')).not.toContain('page-42');
    });
  });

  it('write one log line each, with the path but never the query string (docs/security.md N9)', async () => {
    logs.length = 0;
    await (await fetch(`${app.url}/oauth2/token?refresh_token=rt-secret`, { method: 'GET' })).text();
    await vi.waitFor(() => expect(logs.filter((l) => l.msg === 'request completed')).toHaveLength(1));
    expect(logs.find((l) => l.msg === 'request completed')).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      hostname: expect.any(String),
      req: { id: expect.any(Number), method: 'GET', path: '/oauth2/token' },
      res: { status: 405 },
      responseTime: expect.any(Number),
      msg: 'request completed',
    });
    expect(JSON.stringify(logs)).not.toContain('rt-secret');
  });

  it('number requests in arrival order', async () => {
    logs.length = 0;
    for (const p of ['/nope-1', '/nope-2', '/nope-3']) await (await fetch(app.url + p)).text();
    await vi.waitFor(() => expect(logs.filter((l) => l.msg === 'request completed')).toHaveLength(3));
    const ids = logs.filter((l) => l.msg === 'request completed').map((l) => (l.req as { id: number }).id);
    expect(ids).toEqual([ids[0], ids[0]! + 1, ids[0]! + 2]);
  });
});

describe('probes and scrapes', () => {
  it('are neither logged nor counted', async () => {
    logs.length = 0;
    for (const p of ['/healthz', '/readyz', '/metrics']) expect((await fetch(app.url + p)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(logs).toEqual([]);
    const text = (await metricLines()).join('\n');
    for (const p of ['/healthz', '/readyz', '/metrics']) expect(text).not.toContain(`route="${p}"`);
  });
});
