import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../../service/storage/database.js';
import { createUser } from '../../helpers/fixtures.js';
import { exchange, expectOAuthError, mintCode, refresh, seedGrant, seedOAuthClient, type SeededClient } from '../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { describeEachEngine, freshDatabaseUrl } from '../../helpers/test-databases.js';

/**
 * Two service instances on one database behave as one service (docs/architecture.md#storage-and-scale-out;
 * docs/security.md B5, RL8): rate limits, codes, refresh rotation and signing keys are shared.
 */
describeEachEngine('two instances on one database', (engine: Engine) => {
  let a: TestApp;
  let b: TestApp;
  let seeded: SeededClient;
  const PASSWORD = 'correct horse battery staple';

  beforeAll(async () => {
    const databaseUrl = await freshDatabaseUrl(engine);
    const opts = { databaseUrl, env: { PUBLIC_URL: 'http://consentry.test' }, overrides: { limits: { loginPerIp: { points: 6, duration: 600 } } } };
    a = await startTestApp(opts);
    b = await startTestApp(opts);
    seeded = await seedOAuthClient(a.deps);
    await createUser(a.deps, { email: 'shared@example.test', password: PASSWORD });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const badLogin = async (app: TestApp) => {
    const form = await fetch(`${app.url}/login`);
    const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const res = await fetch(`${app.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: 'shared@example.test', password: 'wrong password here' }),
    });
    return res.status;
  };

  it('B5 enforces one sign-in limit across instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await badLogin(i % 2 === 0 ? a : b));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await badLogin(a)).toBe(429);
    expect(await badLogin(b)).toBe(429);
  });

  it('RL8 redeems on one instance a code minted on the other, once', async () => {
    const grant = await seedGrant(a.deps, seeded, ['openid', 'zone.read']);
    const code = await mintCode(a.deps, grant);
    const first = await exchange(b, seeded, code);
    expect(first.status).toBe(200);
    expectOAuthError(await exchange(a, seeded, code), 400, 'invalid_grant');
  });

  it('RL8 lets exactly one of two racing instances rotate a refresh token', async () => {
    const grant = await seedGrant(a.deps, seeded, ['openid', 'offline_access']);
    const first = await exchange(a, seeded, await mintCode(a.deps, grant, { scopes: ['openid', 'offline_access'] }));
    expect(first.status).toBe(200);
    const rt = first.body.refresh_token as string;
    const results = await Promise.all([refresh(a, seeded, rt), refresh(b, seeded, rt)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('RL8 serves the same JWKS from both instances', async () => {
    await a.deps.keys.signingKey();
    const [ja, jb] = await Promise.all([a, b].map(async (app) => (await fetch(`${app.url}/.well-known/jwks.json`)).json()));
    expect(ja).toEqual(jb);
    expect((ja as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
  });
});
