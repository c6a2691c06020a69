import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../service/ports/random.js';
import { createUser, signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { openForm, postForm } from './auth-test-helpers.js';

const PASSWORD = 'correct horse battery staple';
let app: TestApp;
let ada: SignedIn;
let other: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD });
  await createUser(app.deps, { email: 'bob@example.com', password: PASSWORD });
  ada = await signIn(app, 'ada@example.com', PASSWORD);
  other = await signIn(app, 'bob@example.com', PASSWORD);
});
afterAll(() => app.close());

const tokenCount = async () => (await app.deps.db.kysely.selectFrom('api_tokens').select('id').execute()).length;

async function expectRefused(res: Response) {
  expect(res.status).toBe(403);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await res.text()).toContain('<code>forbidden</code>');
}

describe('requireCsrf on a form POST (POST /settings/tokens)', () => {
  const cases: Array<[string, () => [Record<string, string>, Record<string, string>]]> = [
    ['no _csrf field', () => [{ name: 'ci' }, { cookie: ada.cookie }]],
    ['a wrong _csrf', () => [{ name: 'ci', _csrf: 'x'.repeat(43) }, { cookie: ada.cookie }]],
    ["another session's token", () => [{ name: 'ci', _csrf: other.csrfToken }, { cookie: ada.cookie }]],
    ['a cross-site Origin', () => [{ name: 'ci', _csrf: ada.csrfToken }, { cookie: ada.cookie, origin: 'https://evil.example' }]],
    ['Origin: null', () => [{ name: 'ci', _csrf: ada.csrfToken }, { cookie: ada.cookie, origin: 'null' }]],
    ['Sec-Fetch-Site: cross-site', () => [{ name: 'ci', _csrf: ada.csrfToken }, { cookie: ada.cookie, 'sec-fetch-site': 'cross-site' }]],
  ];
  it.each(cases)('answers 403 and creates nothing with %s', async (_name, make) => {
    const before = await tokenCount();
    const [body, headers] = make();
    await expectRefused(await postForm(app, '/settings/tokens', body, headers));
    expect(await tokenCount()).toBe(before);
  });

  it('accepts the session token with our own Origin and Sec-Fetch-Site: same-origin', async () => {
    const before = await tokenCount();
    const res = await postForm(app, '/settings/tokens', { name: 'ci', _csrf: ada.csrfToken }, { cookie: ada.cookie, origin: app.url, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(await tokenCount()).toBe(before + 1);
  });
});

describe('requireCsrf on POST /logout', () => {
  it('keeps the session when the token is missing or the request is cross-site', async () => {
    await expectRefused(await postForm(app, '/logout', { other: '1' }, { cookie: ada.cookie }));
    await expectRefused(await postForm(app, '/logout', { _csrf: ada.csrfToken }, { cookie: ada.cookie, 'sec-fetch-site': 'cross-site' }));
    expect(await app.deps.stores.sessions.active(sha256(ada.cookie.split('=')[1]!), app.deps.clock.now())).toBeDefined();
  });
});

describe('pre-session CSRF on POST /login (login CSRF)', () => {
  const sessionsFor = async (email: string) => {
    const user = await app.deps.stores.users.byEmail(email);
    return (await app.deps.db.kysely.selectFrom('sessions').select('id_hash').where('user_id', '=', user!.id).execute()).length;
  };

  it('refuses a login form posted without the consentry_csrf cookie, with a mismatched token, or cross-site', async () => {
    const before = await sessionsFor('bob@example.com');
    const form = await openForm(app);
    const creds = { email: 'bob@example.com', password: PASSWORD };
    await expectRefused(await postForm(app, '/login', { ...creds, _csrf: form.csrf }));
    await expectRefused(await postForm(app, '/login', { ...creds, _csrf: 'y'.repeat(43) }, { cookie: form.cookie }));
    await expectRefused(await postForm(app, '/login', creds, { cookie: form.cookie }));
    await expectRefused(await postForm(app, '/login', { ...creds, _csrf: form.csrf }, { cookie: form.cookie, origin: 'https://evil.example' }));
    expect(await sessionsFor('bob@example.com')).toBe(before);
  });
});

describe('cookies on an https deployment', () => {
  it('marks the session and pre-session cookies Secure', async () => {
    const https = await startTestApp({ env: { PUBLIC_URL: 'https://as.test' } });
    try {
      await createUser(https.deps, { email: 'ada@example.com', password: PASSWORD });
      const form = await fetch(`${https.url}/login`);
      expect(form.headers.getSetCookie()[0]).toMatch(/; Secure; SameSite=Strict$/);
      const { cookie, csrf } = await openForm(https);
      const res = await postForm(https, '/login', { _csrf: csrf, email: 'ada@example.com', password: PASSWORD }, { cookie });
      expect(res.status).toBe(303);
      expect(res.headers.getSetCookie().find((c) => c.startsWith('consentry_session='))).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    } finally {
      await https.close();
    }
  });
});
