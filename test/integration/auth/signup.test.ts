import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../service/ports/random.js';
import { cookiePair, createUser } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { openForm, postForm } from './auth-test-helpers.js';

const PASSWORD = 'correct horse battery staple';

describe('/signup with SIGNUP_ENABLED=false', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { SIGNUP_ENABLED: 'false' } });
  });
  afterAll(() => app.close());

  it('answers 404 to GET and POST, and the login page offers no sign-up link', async () => {
    expect((await fetch(`${app.url}/signup`)).status).toBe(404);
    expect((await postForm(app, '/signup', { name: 'Eve', email: 'eve@example.com', password: PASSWORD })).status).toBe(404);
    expect(await app.deps.stores.users.count()).toBe(0);
    expect(await (await fetch(`${app.url}/login`)).text()).not.toContain('href="/signup');
  });
});

describe('POST /signup', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.deps, { email: 'taken@example.com', password: PASSWORD });
  });
  afterAll(() => app.close());

  async function signup(fields: Record<string, string>) {
    const form = await openForm(app, '/signup');
    return postForm(app, '/signup', { _csrf: form.csrf, ...fields }, { cookie: form.cookie });
  }

  it('creates the user and their own account as admin, signs them in and answers 303 to return_to', async () => {
    const res = await signup({ name: 'Grace Hopper', email: 'Grace@Example.com', password: PASSWORD, return_to: '/oauth2/auth?client_id=x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/oauth2/auth?client_id=x');
    const user = await app.deps.stores.users.byEmail('grace@example.com');
    expect(user).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com', disabled: false });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await app.deps.passwords.verify(user!.passwordHash, PASSWORD)).toBe(true);
    const accounts = await app.deps.stores.accounts.forUser(user!.id);
    expect(accounts).toEqual([expect.objectContaining({ name: "Grace Hopper's account", role: 'admin', firstParty: false })]);
    const cookie = cookiePair(res.headers.getSetCookie(), 'consentry_session');
    const session = await app.deps.stores.sessions.active(sha256(cookie.split('=')[1]!), app.deps.clock.now());
    expect(session?.userId).toBe(user!.id);
    const [event] = await app.deps.stores.audit.forAccount(accounts[0]!.id, { limit: 10 });
    expect(event).toMatchObject({ action: 'account.created', actorUserId: user!.id });
  });

  it.each([
    [{ name: '', email: 'a@example.com', password: PASSWORD }, 'name', 'Name is required'],
    [{ name: 'A', email: 'not-an-email', password: PASSWORD }, 'email', 'Email must be a valid email address.'],
    [{ name: 'A', email: 'a@example.com', password: 'short' }, 'password', 'Password must be at least 12 characters.'],
    [{ name: 'A', email: 'a@example.com', password: 'x'.repeat(257) }, 'password', 'Password must be at most 256 characters.'],
    [{ name: 'A', email: 'long.enough@example.com', password: 'Long.Enough@example.com' }, 'password', 'Password must not be your email address.'],
    [{ name: 'A', email: 'taken@example.com', password: PASSWORD }, 'email', 'This email address already has a user.'],
  ])('answers 400 with the %# problem named next to its field', async (fields, field, message) => {
    const before = await app.deps.stores.users.count();
    const res = await signup(fields);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<p class="field-error" id="field-${field}-error">${message.replace("'", '&#39;')}`);
    expect(html).toContain(`aria-describedby="field-${field}${field === 'password' ? '-hint field-password' : ''}-error"`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('consentry_session='))).toBe(false);
    expect(await app.deps.stores.users.count()).toBe(before);
  });

  it('keeps what was typed (except the password) when re-rendering the form', async () => {
    const html = await (await signup({ name: 'Kept Name', email: 'kept@example.com', password: 'short' })).text();
    expect(html).toContain('value="Kept Name"');
    expect(html).toContain('value="kept@example.com"');
    expect(html).not.toContain('value="short"');
  });
});
