import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rotateSigningKeys } from '../../../../service/keys/rotate-signing-keys.js';
import { capturedLogger } from '../../../helpers/captured-log.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

// The discovery documents and the JWKS are answered before Express (service/http/document-fast-path.ts);
// these tests pin everything a client sees of them, and what operators see (metric, log line).

const { logger, lines: logs } = capturedLogger();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ overrides: { logger } });
});
afterAll(() => app.close());

const SECURITY = {
  'content-security-policy':
    "default-src 'none';script-src 'self';style-src 'self';img-src 'self' https: data:;font-src 'self';connect-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none';object-src 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'WWW-Authenticate, Retry-After' };

/** Every response header but the ones Node adds to any response. */
function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive'].includes(name)) out[name] = value;
  });
  return out;
}

async function requestCount(route: string, method: string, status: number): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`consentry_http_requests_total{route="${route}",method="${method}",status="${status}"} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

const documents = [
  { path: '/.well-known/oauth-authorization-server', contentType: 'application/json; charset=utf-8' },
  { path: '/.well-known/openid-configuration', contentType: 'application/json; charset=utf-8' },
  { path: '/.well-known/jwks.json', contentType: 'application/jwk-set+json; charset=utf-8' },
];

describe.each(documents)('$path', ({ path, contentType }) => {
  describe('GET', () => {
    it('answers the document with the security and CORS headers, Cache-Control and a strong ETag', async () => {
      const res = await fetch(app.url + path, { headers: { origin: 'https://spa.example' } });
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.status).toBe(200);
      expect(headersOf(res)).toEqual({
        ...SECURITY,
        ...CORS,
        'cache-control': 'public, max-age=300',
        'content-type': contentType,
        'content-length': String(body.length),
        etag: expect.stringMatching(/^"[\w-]{32}"$/),
      });
      expect(JSON.parse(body.toString('utf8'))).toEqual(path.endsWith('jwks.json') ? { keys: [expect.objectContaining({ kty: 'EC' })] } : expect.objectContaining({ issuer: app.url }));
    });

    it('answers the same bytes and ETag when the path carries a query string (served by the Express route)', async () => {
      const plain = await fetch(app.url + path);
      const queried = await fetch(`${app.url}${path}?x=1`);
      expect(queried.status).toBe(200);
      expect(headersOf(queried)).toEqual(headersOf(plain));
      expect(await queried.text()).toBe(await plain.text());
    });

    it('counts the request under its route and writes one log line without the query string', async () => {
      const before = await requestCount(path, 'GET', 200);
      logs.length = 0;
      await (await fetch(`${app.url}${path}?code=secret-code`)).text();
      await (await fetch(app.url + path)).text();
      await vi.waitFor(() => expect(logs.filter((l) => l.msg === 'request completed')).toHaveLength(2));
      expect(await requestCount(path, 'GET', 200)).toBe(before + 2);
      for (const line of logs.filter((l) => l.msg === 'request completed')) {
        expect(line).toEqual({
          level: 30,
          time: expect.any(Number),
          pid: process.pid,
          hostname: expect.any(String),
          req: { id: expect.any(Number), method: 'GET', path },
          res: { status: 200 },
          responseTime: expect.any(Number),
          msg: 'request completed',
        });
      }
      expect(JSON.stringify(logs)).not.toContain('secret-code');
    });
  });

  describe('conditional GET (RFC 9110 §13.1.2)', () => {
    it('answers 304 without a body to a matching If-None-Match, strong or weak, alone or listed', async () => {
      const etag = (await fetch(app.url + path)).headers.get('etag')!;
      const before = await requestCount(path, 'GET', 304);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const res = await fetch(app.url + path, { headers: { 'if-none-match': ifNoneMatch } });
        expect(res.status).toBe(304);
        expect(await res.text()).toBe('');
        expect(headersOf(res)).toEqual({ ...SECURITY, ...CORS, 'cache-control': 'public, max-age=300', etag });
      }
      await vi.waitFor(async () => expect(await requestCount(path, 'GET', 304)).toBe(before + 4));
    });

    it('answers the whole document when If-None-Match names another version', async () => {
      const res = await fetch(app.url + path, { headers: { 'if-none-match': '"stale"' } });
      expect(res.status).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(0);
    });
  });

  describe('HEAD', () => {
    it('answers the GET headers, Content-Length included, and no body', async () => {
      const get = await fetch(app.url + path);
      const head = await fetch(app.url + path, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(headersOf(head)).toEqual(headersOf(get));
      expect(await head.text()).toBe('');
      await vi.waitFor(async () => expect(await requestCount(path, 'HEAD', 200)).toBeGreaterThan(0));
    });
  });

  describe('OPTIONS', () => {
    it('answers a CORS preflight with 204 and the allowed method, headers and max-age, never credentials', async () => {
      const res = await fetch(app.url + path, {
        method: 'OPTIONS',
        headers: { origin: 'https://spa.example', 'access-control-request-method': 'GET' },
      });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect(headersOf(res)).toEqual({
        ...SECURITY,
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, OPTIONS',
        'access-control-allow-headers': 'Authorization, Content-Type',
        'access-control-max-age': '600',
      });
      await vi.waitFor(async () => expect(await requestCount(path, 'OPTIONS', 204)).toBeGreaterThan(0));
    });
  });

  describe.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s', (method) => {
    it('answers 405 with Allow: GET and the JSON error of the error mapper', async () => {
      const res = await fetch(app.url + path, { method, headers: { origin: 'https://spa.example' } });
      const body = await res.text();
      expect(res.status).toBe(405);
      expect(JSON.parse(body)).toEqual({ error: 'method_not_allowed', error_description: 'use GET' });
      expect(headersOf(res)).toEqual({
        ...SECURITY,
        ...CORS,
        allow: 'GET',
        'cache-control': 'no-store',
        pragma: 'no-cache',
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(body.length),
        etag: expect.any(String),
      });
      await vi.waitFor(async () => expect(await requestCount(path, method, 405)).toBeGreaterThan(0));
    });
  });
});

describe('GET /.well-known/jwks.json', () => {
  it('S7: publishes a staged key at once, with a new ETag, and the old ETag no longer matches', async () => {
    const first = await fetch(`${app.url}/.well-known/jwks.json`);
    const oldEtag = first.headers.get('etag')!;
    const { keys: oldKeys } = (await first.json()) as { keys: { kid: string }[] };
    const staged = await rotateSigningKeys(app.deps);

    const res = await fetch(`${app.url}/.well-known/jwks.json`, { headers: { 'if-none-match': oldEtag } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(oldEtag);
    const { keys } = (await res.json()) as { keys: { kid: string }[] };
    expect(keys.map((k) => k.kid).sort()).toEqual([...oldKeys.map((k) => k.kid), staged.kid].sort());
  });

  it('answers a key ring failure through the error mapper: 500 JSON, security and CORS headers, counted once', async () => {
    const before = await requestCount('/.well-known/jwks.json', 'GET', 500);
    const failing = vi.spyOn(app.deps.keys, 'publicJwks').mockRejectedValue(new Error('database gone'));
    try {
      logs.length = 0;
      const res = await fetch(`${app.url}/.well-known/jwks.json`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'server_error', error_description: 'internal error' });
      expect(headersOf(res)).toMatchObject({ ...SECURITY, ...CORS, 'cache-control': 'no-store' });
      await vi.waitFor(() => expect(logs.filter((l) => l.msg === 'request errored')).toHaveLength(1));
      expect(logs.find((l) => l.msg === 'request errored')).toMatchObject({
        level: 50,
        req: { method: 'GET', path: '/.well-known/jwks.json' },
        res: { status: 500 },
        err: { message: 'failed with status code 500' },
      });
      expect(await requestCount('/.well-known/jwks.json', 'GET', 500)).toBe(before + 1);
    } finally {
      failing.mockRestore();
    }
    expect((await fetch(`${app.url}/.well-known/jwks.json`)).status).toBe(200);
  });
});
