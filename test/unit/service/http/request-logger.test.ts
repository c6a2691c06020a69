import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestLogger } from '../../../../service/http/request-logger.js';
import { capturedLogger } from '../../../helpers/captured-log.js';

function logTo(level: string) {
  const { logger, lines } = capturedLogger({ level, base: { service: 'consentry' } });
  return { lines, log: requestLogger(logger) };
}

const req = (method: string, url: string, originalUrl?: string) => ({ method, url, originalUrl, readableAborted: false }) as unknown as IncomingMessage;
const res = (statusCode: number, writableEnded = true) => ({ statusCode, writableEnded }) as unknown as ServerResponse;

describe('requestLogger', () => {
  it('writes one info line per answered request, without the query string (docs/security.md N9)', () => {
    const { lines, log } = logTo('info');
    log(req('POST', '/oauth2/token?code=secret'), res(400), 7, 2.4);
    expect(lines).toEqual([
      { level: 30, time: expect.any(Number), service: 'consentry', req: { id: 7, method: 'POST', path: '/oauth2/token' }, res: { status: 400 }, responseTime: 2, msg: 'request completed' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('logs the original URL, not the one a mounted router rewrote', () => {
    const { lines, log } = logTo('info');
    log(req('GET', '/x', '/api/v1/accounts/a1/x?token=t'), res(200), 1, 1);
    expect(lines[0]).toMatchObject({ req: { path: '/api/v1/accounts/a1/x' } });
  });

  it('says "request aborted" when the response never ended', () => {
    const { lines, log } = logTo('info');
    log(req('GET', '/login'), res(200, false), 1, 1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request aborted' });
  });

  it('writes a 5xx at error level with an error, and a response error with that error', () => {
    const { lines, log } = logTo('info');
    log(req('GET', '/.well-known/jwks.json'), res(503), 1, 1);
    log(req('GET', '/healthz'), res(200), 2, 1, new Error('write after end'));
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, res: { status: 503 }, err: expect.objectContaining({ message: 'failed with status code 503' }), msg: 'request errored' }),
      expect.objectContaining({ level: 50, req: { id: 2, method: 'GET', path: '/healthz' }, err: expect.objectContaining({ message: 'write after end' }), msg: 'request errored' }),
    ]);
  });

  it.each(['/healthz', '/readyz', '/metrics'])('does not log %s', (path) => {
    const { lines, log } = logTo('info');
    log(req('GET', path), res(200), 1, 1);
    expect(lines).toEqual([]);
  });

  it('at warn, writes only the error lines', () => {
    const { lines, log } = logTo('warn');
    log(req('GET', '/'), res(200), 1, 1);
    log(req('GET', '/'), res(500), 2, 1);
    expect(lines.map((l) => l.level)).toEqual([50]);
  });
});
