import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { configuredHelmet, securityHeaderFields, securityHeaders } from '../../../../service/http/security-headers.js';

/** The headers a real response carries after `middleware` ran on it. */
async function headersAfter(middleware: (req: never, res: never, next: () => void) => void): Promise<IncomingHttpHeaders> {
  const server = createServer((req, res) => middleware(req as never, res as never, () => res.end()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const res = await new Promise<{ headers: IncomingHttpHeaders }>((resolve, reject) => {
      request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port }, resolve).on('error', reject).end();
    });
    const { date: _date, connection: _connection, 'keep-alive': _keepAlive, 'content-length': _length, ...rest } = res.headers;
    return rest;
  } finally {
    server.close();
  }
}

describe('securityHeaderFields', () => {
  it.each([false, true])('records exactly the headers helmet sets per request (https: %s)', async (https) => {
    const fromHelmet = await headersAfter(configuredHelmet({ https }));
    const recorded = await headersAfter(securityHeaders(securityHeaderFields({ https })));
    expect(recorded).toEqual(fromHelmet);
    expect(Object.keys(recorded)).toHaveLength(https ? 12 : 11);
  });

  it('K3: forbids framing twice and allows no inline script or style', () => {
    const fields = securityHeaderFields({ https: false });
    const get = (name: string) => fields[fields.indexOf(name) + 1];
    expect(get('X-Frame-Options')).toBe('DENY');
    expect(get('Content-Security-Policy')).toBe(
      "default-src 'none';script-src 'self';style-src 'self';img-src 'self' https: data:;font-src 'self';connect-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none';object-src 'none'",
    );
    expect(fields).not.toContain('Strict-Transport-Security');
  });

  it('adds HSTS and upgrade-insecure-requests behind https', () => {
    const fields = securityHeaderFields({ https: true });
    expect(fields[fields.indexOf('Strict-Transport-Security') + 1]).toBe('max-age=31536000; includeSubDomains');
    expect(fields[fields.indexOf('Content-Security-Policy') + 1]).toMatch(/;upgrade-insecure-requests$/);
  });
});
