import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { openForm, postForm } from './auth-test-helpers.js';

const PASSWORD = 'correct horse battery staple';

async function attempt(app: TestApp, email: string, password: string, ip?: string) {
  const form = await openForm(app);
  return postForm(app, '/login', { _csrf: form.csrf, email, password }, { cookie: form.cookie, ...(ip && { 'x-forwarded-for': ip }) });
}

describe('B1 POST /login per-IP limit (loginPerIp, default 20 per 15 min)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD });
  });
  afterAll(() => app.close());

  it('answers the 21st attempt from one IP with 429, Retry-After and a clear message, even with the right password', async () => {
    for (let i = 0; i < 20; i++) {
      // Different emails: only the IP counter can trip.
      expect((await attempt(app, `user${i}@example.com`, 'wrong password!')).status).toBe(401);
    }
    const res = await attempt(app, 'ada@example.com', PASSWORD);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('consentry_session='))).toBe(false);
    expect(await res.text()).toContain('Too many sign-in attempts. Try again in 15 minutes.');
  });
});

describe('B1 POST /login per-user limit (loginPerUser), independent of IP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: 'true' }, overrides: { limits: { loginPerUser: { points: 3, duration: 60 } } } });
    await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD });
    await createUser(app.deps, { email: 'bob@example.com', password: PASSWORD });
  });
  afterAll(() => app.close());

  it('locks an email after its failures from many IPs, and treats an unknown email the same', async () => {
    for (const email of ['ada@example.com', 'ghost@example.com']) {
      for (let i = 1; i <= 3; i++) expect((await attempt(app, email, 'wrong password!', `198.51.100.${i}`)).status).toBe(401);
      const res = await attempt(app, email, email === 'ada@example.com' ? PASSWORD : 'anything at all', '203.0.113.9');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(50);
      expect(await res.text()).toContain('Too many sign-in attempts. Try again in 1 minute.');
    }
    // Other users from the same IPs are not affected.
    expect((await attempt(app, 'bob@example.com', PASSWORD, '198.51.100.1')).status).toBe(303);
  });

  it('counts only failures and forgets them after a success', async () => {
    await createUser(app.deps, { email: 'cy@example.com', password: PASSWORD });
    for (let i = 0; i < 2; i++) expect((await attempt(app, 'cy@example.com', 'wrong password!', '192.0.2.1')).status).toBe(401);
    expect((await attempt(app, 'cy@example.com', PASSWORD, '192.0.2.1')).status).toBe(303);
    expect((await attempt(app, 'cy@example.com', PASSWORD, '192.0.2.1')).status).toBe(303);
    for (let i = 0; i < 3; i++) expect((await attempt(app, 'cy@example.com', 'wrong password!', '192.0.2.1')).status).toBe(401);
    expect((await attempt(app, 'cy@example.com', PASSWORD, '192.0.2.1')).status).toBe(429);
  });
});
