import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import pg from 'pg';
import { capturedLogger } from '../../helpers/captured-log.js';
import { expectFaultSurvived, FAULT_LOAD_LIMITS, FAULT_SEED, seedChains, startFaultLoad, waitForReadiness } from '../../helpers/fault-load.js';
import { KEY_REFRESH_MS } from '../../../service/keys/key-timing.js';
import { expectOAuthError, refresh } from '../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { describeWithThrowawayPostgres, startThrowawayPostgres, type ThrowawayPostgres } from '../../helpers/throwaway-postgres.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * PostgreSQL going away under load (docs/security.md RL5, RL2): sessions terminated, a crash
 * restart and a planned one. On a cluster of this file's own, since it is restarted.
 */
describeWithThrowawayPostgres(`PostgreSQL faults under token load (seed ${FAULT_SEED})`, () => {
  let server: ThrowawayPostgres;
  let app: TestApp;
  const log = capturedLogger({ level: 'warn' });

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    app = await startTestApp({
      databaseUrl: server.url,
      env: { DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '1000' },
      overrides: { limits: FAULT_LOAD_LIMITS, logger: log.logger },
    });
  });
  afterAll(async () => {
    await app?.close();
    await server?.destroy();
  });

  it('stays up through terminated sessions, a crash restart and a planned restart, answers 503 meanwhile, recovers by itself and loses nothing it acknowledged', async () => {
    const load = await startFaultLoad(app, { chains: 30, codes: 60 });
    await load.pause();
    expect(await server.terminateSessions()).toBeGreaterThan(0);
    await load.pause();
    await server.terminateSessions();
    await load.pause();
    await server.restart('immediate');
    // Ready again by itself after each restart (waitForReadiness fails past its bound).
    await waitForReadiness(app, 200);
    await load.pause();
    await server.restart('fast');
    await waitForReadiness(app, 200);
    await load.pause();
    await expectFaultSurvived(app, load);
    expect(app.server.listening).toBe(true);
    // What the operator reads: each fault named by its cause, the lost connections, no 500.
    const messages = new Set(log.lines.map((l) => l.msg));
    expect(messages).toContain('database unavailable; answered 503');
    expect(messages).toContain('database connection lost; a new one is opened when needed');
    expect(log.lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    const causes = new Set(log.lines.map((l) => l.cause));
    expect(causes).toContain('57P01');
  });

  it('answers 503 when a statement outlives DATABASE_STATEMENT_TIMEOUT_MS, and stored nothing of it', async () => {
    const [chain] = await seedChains(app, 1);
    const rt = chain!.acked[0]!;
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      // Hold the lock a refresh needs, longer than the 1 s statement timeout.
      await admin.query('begin');
      await admin.query('lock table refresh_tokens in access exclusive mode');
      const stalled = await refresh(app, chain!.seeded, rt);
      expect({ status: stalled.status, body: stalled.body, retryAfter: stalled.headers.get('retry-after') }).toEqual({
        status: 503,
        body: { error: 'temporarily_unavailable', error_description: 'the service is temporarily unavailable, try again shortly' },
        retryAfter: '5',
      });
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    expect(log.lines.filter((l) => l.msg === 'database unavailable; answered 503').at(-1)).toMatchObject({ cause: '57014', path: '/oauth2/token' });
    // The timed-out refresh rotated nothing: the same token refreshes now, once.
    const again = await refresh(app, chain!.seeded, rt);
    expect(again.status).toBe(200);
    expectOAuthError(await refresh(app, chain!.seeded, rt), 400, 'invalid_grant');
  });

  it('while PostgreSQL is down answers userinfo 503 (not 401), serves the JWKS it has, and is ready again once it is back', async () => {
    const [chain] = await seedChains(app, 1);
    const token = (await refresh(app, chain!.seeded, chain!.acked[0]!)).body.access_token as string;
    const userinfo = () => fetch(`${app.url}/oauth2/userinfo`, { headers: { authorization: `Bearer ${token}` } });
    await server.stopServer();
    try {
      // Long enough that the signing keys are due for a re-read, which fails.
      await new Promise((resolve) => setTimeout(resolve, KEY_REFRESH_MS + 100));
      const down = await userinfo();
      expect({ status: down.status, body: await down.json(), retryAfter: down.headers.get('retry-after') }).toEqual({
        status: 503,
        body: { error: 'temporarily_unavailable', error_description: 'the service is temporarily unavailable, try again shortly' },
        retryAfter: '5',
      });
      const jwks = await fetch(`${app.url}/.well-known/jwks.json`);
      expect(jwks.status).toBe(200);
      expect(((await jwks.json()) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
      const ready = await fetch(`${app.url}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: 'unavailable', database: 'unreachable' } });
      // A browser's page whose session lookup (shared by pages and API) fails: the error page.
      const page = await fetch(`${app.url}/`, { headers: { cookie: `consentry_session=${'s'.repeat(43)}`, accept: 'text/html' } });
      expect({ status: page.status, type: page.headers.get('content-type'), retryAfter: page.headers.get('retry-after') }).toEqual({
        status: 503,
        type: 'text/html; charset=utf-8',
        retryAfter: '5',
      });
      expect(await page.text()).toContain('<code>temporarily_unavailable</code>');
    } finally {
      await server.startServer();
    }
    await waitForReadiness(app, 200);
    expect((await userinfo()).status).toBe(200);
  });

  it('answers 503 within the timeouts while PostgreSQL is stalled (stopped processes, connections open), and serves again once it resumes', async () => {
    const [chain] = await seedChains(app, 1);
    server.freeze();
    let stalled;
    try {
      stalled = await refresh(app, chain!.seeded, chain!.acked[0]!);
    } finally {
      server.thaw();
    }
    expect({ status: stalled.status, error: stalled.body.error, retryAfter: stalled.headers.get('retry-after') }).toEqual({
      status: 503,
      error: 'temporarily_unavailable',
      retryAfter: '5',
    });
    const cause = log.lines.filter((l) => l.msg === 'database unavailable; answered 503').at(-1)!.cause;
    expect(['query timeout', 'connect timeout', 'pool timeout']).toContain(cause);
    await waitForReadiness(app, 200);
    // The server stopped before the refresh was sent, and its transaction never reached a
    // COMMIT: nothing of it was stored, so the same token refreshes now.
    expect((await refresh(app, chain!.seeded, chain!.acked[0]!)).status).toBe(200);
  });
});
