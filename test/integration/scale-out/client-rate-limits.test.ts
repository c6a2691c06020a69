import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../../service/storage/database.js';
import { basic, exchange, expectOAuthError, introspect, mintCode, seedGrant, seedOAuthClient, type HttpResult } from '../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { describeEachEngine, freshDatabaseUrl } from '../../helpers/test-databases.js';

/**
 * The client + IP limits of the token and introspection endpoints (docs/security.md B2, B3) hold
 * across two service instances on one database (B5): hits counted on either instance add up,
 * and a pair locked through one instance gets 429 from the other, which never saw it fill.
 */
describeEachEngine('client rate limits across two instances', (engine: Engine) => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const databaseUrl = await freshDatabaseUrl(engine);
    const opts = {
      databaseUrl,
      env: { PUBLIC_URL: 'http://consentry.test', TRUST_PROXY: 'true' },
      overrides: { limits: { tokenFailuresPerClientIp: { points: 4, duration: 300 }, introspectPerClientIp: { points: 6, duration: 60 } } },
    };
    a = await startTestApp(opts);
    b = await startTestApp(opts);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const expectLocked = (r: HttpResult, maxSeconds: number) => {
    expectOAuthError(r, 429, 'rate_limited');
    const retryAfter = Number(r.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  };

  it('B3 locks a client + IP pair on both instances after failed grants spread over both', async () => {
    const seeded = await seedOAuthClient(a.deps);
    const from = (ip: string) => ({ authorization: basic(seeded.client.client_id, seeded.secret!), 'x-forwarded-for': ip });
    for (let i = 0; i < 4; i++) {
      const app = i % 2 === 0 ? a : b;
      expectOAuthError(await exchange(app, seeded, a.deps.random.token(32), {}, from('203.0.113.5')), 400, 'invalid_grant');
    }
    expectLocked(await exchange(a, seeded, a.deps.random.token(32), {}, from('203.0.113.5')), 300);
    expectLocked(await exchange(b, seeded, a.deps.random.token(32), {}, from('203.0.113.5')), 300);
    // A real code from the locked IP is refused too; from another IP it is redeemed.
    const code = await mintCode(a.deps, await seedGrant(a.deps, seeded, ['zone.read']));
    expectLocked(await exchange(b, seeded, code, {}, from('203.0.113.5')), 300);
    expect((await exchange(b, seeded, code, {}, from('203.0.113.6'))).status).toBe(200);
  });

  it('B2 counts introspection requests of one client + IP on both instances against one limit', async () => {
    const seeded = await seedOAuthClient(a.deps);
    for (let i = 0; i < 6; i++) {
      const r = await introspect(i % 2 === 0 ? a : b, seeded, 'not-a-token');
      expect({ status: r.status, body: r.body }).toEqual({ status: 200, body: { active: false } });
    }
    expectLocked(await introspect(a, seeded, 'not-a-token'), 60);
    expectLocked(await introspect(b, seeded, 'not-a-token'), 60);
    expectLocked(await introspect(a, seeded, 'not-a-token'), 60);
  });
});
