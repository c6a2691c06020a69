import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../service/ports/random.js';
import { cookiePair, createUser, signIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { openForm, postForm } from './auth-test-helpers.js';

const PASSWORD = 'correct horse battery staple';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD, name: 'Ada' });
  await createUser(app.deps, { email: 'off@example.com', password: PASSWORD, disabled: true });
});
afterAll(() => app.close());

async function login(fields: Record<string, string>, extra: Record<string, string> = {}) {
  const form = await openForm(app);
  return postForm(app, '/login', { _csrf: form.csrf, ...fields }, { cookie: form.cookie, ...extra });
}

const sessionRows = () => app.deps.db.kysely.selectFrom('sessions').selectAll().execute();

describe('GET /login', () => {
  it('renders an accessible form with a pre-session CSRF cookie (HttpOnly, SameSite=Strict)', async () => {
    const res = await fetch(`${app.url}/login?return_to=%2Faccounts`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const [csrfCookie] = res.headers.getSetCookie();
    expect(csrfCookie).toMatch(/^consentry_csrf=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    const html = await res.text();
    expect(html).toContain('<label for="field-email">Email</label>');
    expect(html).toContain('autocomplete="username"');
    expect(html).toContain('autocomplete="current-password"');
    expect(html).toContain('<input type="hidden" name="return_to" value="/accounts"/>');
    expect(html).toContain(`name="_csrf" value="${csrfCookie!.split(';')[0]!.split('=')[1]}"`);
  });

  it('sends a signed-in user straight on to a safe return_to', async () => {
    const { cookie } = await signIn(app, 'ada@example.com', PASSWORD);
    const res = await fetch(`${app.url}/login?return_to=%2F%2Fevil.example`, { headers: { cookie }, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('O4 open redirects through return_to', () => {
  for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'https:evil.example']) {
    it(`drops ${target} from the form and sends the signed-in user to / instead`, async () => {
      const form = await fetch(`${app.url}/login?return_to=${encodeURIComponent(target)}`);
      expect(await form.text()).not.toContain('evil.example');
      const res = await login({ email: 'ada@example.com', password: PASSWORD, return_to: target });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
    });
  }
});

describe('POST /login', () => {
  it('signs in with 303 to return_to and a HttpOnly, SameSite=Lax session cookie expiring with the session', async () => {
    const before = app.deps.clock.now();
    const res = await login({ email: 'ADA@example.com', password: PASSWORD, return_to: '/accounts?x=1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/accounts?x=1');
    const setCookies = res.headers.getSetCookie();
    const session = setCookies.find((c) => c.startsWith('consentry_session='))!;
    expect(session).toMatch(/^consentry_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(setCookies).toContainEqual(expect.stringMatching(/^consentry_csrf=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/));
    const value = session.split(';')[0]!.split('=')[1]!;
    const row = await app.deps.stores.sessions.active(sha256(value), app.deps.clock.now());
    expect(row?.userId).toBe((await app.deps.stores.users.byEmail('ada@example.com'))!.id);
    expect(row!.expiresAt - before).toBeGreaterThanOrEqual(43_200_000);
    expect(Math.abs(Date.parse(/Expires=([^;]+)/.exec(session)![1]!) - row!.expiresAt)).toBeLessThan(1000);
    expect(row!.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers an unknown email and a wrong password with the same 401 page', async () => {
    const form = await openForm(app);
    const send = (email: string) =>
      postForm(app, '/login', { _csrf: form.csrf, email, password: 'wrong password 123' }, { cookie: form.cookie });
    const unknown = await send('nobody@example.com');
    const wrong = await send('ada@example.com');
    const disabled = await send('off@example.com');
    for (const res of [unknown, wrong, disabled]) {
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const [a, b, c] = await Promise.all([unknown.text(), wrong.text(), disabled.text()]);
    expect(a).toContain('Incorrect email or password.');
    expect(a.replace('nobody@example.com', 'EMAIL')).toBe(b.replace('ada@example.com', 'EMAIL'));
    expect(c.replace('off@example.com', 'EMAIL')).toBe(b.replace('ada@example.com', 'EMAIL'));
  });

  it('does not sign in a disabled user even with the right password', async () => {
    const res = await login({ email: 'off@example.com', password: PASSWORD });
    expect(res.status).toBe(401);
  });

  it('names the missing fields inline with 400', async () => {
    const res = await login({ email: '', password: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Enter your email address.');
    expect(html).toContain('Enter your password.');
    expect(html).toContain('aria-describedby="field-email-error"');
  });

  it('always issues a fresh session id and deletes the one the request came with (session fixation)', async () => {
    const first = await signIn(app, 'ada@example.com', PASSWORD);
    const form = await openForm(app);
    const res = await postForm(
      app,
      '/login',
      { _csrf: first.csrfToken, email: 'ada@example.com', password: PASSWORD },
      { cookie: `${first.cookie}; ${form.cookie}` },
    );
    expect(res.status).toBe(303);
    const second = cookiePair(res.headers.getSetCookie(), 'consentry_session');
    expect(second).not.toBe(first.cookie);
    expect(await app.deps.stores.sessions.active(sha256(first.cookie.split('=')[1]!), app.deps.clock.now())).toBeUndefined();
    const old = await fetch(`${app.url}/settings/tokens`, { headers: { cookie: first.cookie }, redirect: 'manual' });
    expect(old.status).toBe(303);
    expect(old.headers.get('location')).toBe('/login?return_to=%2Fsettings%2Ftokens');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'https:evil.example'])('redirects to / for return_to=%s (no open redirect)', async (returnTo) => {
    const res = await login({ email: 'ada@example.com', password: PASSWORD, return_to: returnTo });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('refuses duplicate form fields with 400, not 500, and signs nobody in', async () => {
    const before = (await sessionRows()).length;
    const form = await openForm(app);
    const res = await postForm(app, '/login', `_csrf=${form.csrf}&email=ada%40example.com&email=b%40example.com&password=x`, { cookie: form.cookie });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('parameter email is included more than once');
    expect((await sessionRows()).length).toBe(before);
  });

  it('refuses a NUL byte in the password with 400', async () => {
    const form = await openForm(app);
    const res = await postForm(app, '/login', `_csrf=${form.csrf}&email=ada%40example.com&password=correct%00horse`, { cookie: form.cookie });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('parameter password contains a control character');
  });

  it('refuses an oversized body with 413', async () => {
    const form = await openForm(app);
    const res = await postForm(app, '/login', `_csrf=${form.csrf}&email=a&password=${'x'.repeat(100_000)}`, { cookie: form.cookie });
    expect(res.status).toBe(413);
  });
});

describe('POST /logout', () => {
  it('deletes the session server-side, clears the cookie and answers 303 to /login', async () => {
    const { cookie, csrfToken } = await signIn(app, 'ada@example.com', PASSWORD);
    const res = await postForm(app, '/logout', { _csrf: csrfToken }, { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login');
    expect(res.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^consentry_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/));
    expect(await app.deps.stores.sessions.active(sha256(cookie.split('=')[1]!), app.deps.clock.now())).toBeUndefined();
    // Replaying the old cookie value gets nowhere.
    const replay = await fetch(`${app.url}/api/v1/user/tokens`, { headers: { cookie } });
    expect(replay.status).toBe(401);
  });
});

describe('requireUserPage', () => {
  it('sends a visitor who is not signed in to /login with return_to', async () => {
    const res = await fetch(`${app.url}/settings/tokens?tab=1`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?return_to=%2Fsettings%2Ftokens%3Ftab%3D1');
  });
});
