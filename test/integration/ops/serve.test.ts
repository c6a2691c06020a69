import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { sqliteUrl } from '../../helpers/test-databases.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../../bin/consentry.js', import.meta.url));

async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('consentry serve', () => {
  it('answers 503 until ready, then serves the well-known documents and the app, and exits cleanly on SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: sqliteUrl(), DEMO_SEED: 'false', LOG_LEVEL: 'info', SHUTDOWN_DELAY_SECONDS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const exited = once(child, 'exit');
    try {
      // Until "running at" is printed, whatever answers is the start-up listener.
      const early: { status: number; body: string; retryAfter: string | null }[] = [];
      while (!out.includes('Consentry is running at')) {
        const res = await fetch(`${url}/.well-known/jwks.json`).catch(() => undefined);
        if (res && !out.includes('Consentry is running at')) early.push({ status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') });
        await new Promise((r) => setTimeout(r, 20));
      }
      for (const e of early.filter((x) => x.status !== 200)) expect(e).toEqual({ status: 503, body: '{"status":"starting"}', retryAfter: '1' });

      const jwks = await fetch(`${url}/.well-known/jwks.json`);
      expect(jwks.status).toBe(200);
      expect(jwks.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
      expect(jwks.headers.get('x-frame-options')).toBe('DENY');
      expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/login`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(out).toContain('"msg":"shutting down"');
    expect(out).toContain('"path":"/.well-known/jwks.json"');
  });
});
