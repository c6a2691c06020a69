import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithMember, createUser, signIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let operatorAdmin: { cookie: string; csrfToken: string };
let otherAdmin: { cookie: string; csrfToken: string };
let operatorId: string;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  app = await startTestApp();
  await app.deps.keys.signingKey();
  const op = await createUser(app.deps, { email: 'op@example.test', password: PASSWORD });
  operatorId = (await createAccountWithMember(app.deps, { userId: op.id, role: 'admin', name: 'Operator', firstParty: true })).id;
  const dev = await createUser(app.deps, { email: 'dev@example.test', password: PASSWORD });
  await createAccountWithMember(app.deps, { userId: dev.id, role: 'admin', name: 'Third party' });
  operatorAdmin = await signIn(app, 'op@example.test', PASSWORD);
  otherAdmin = await signIn(app, 'dev@example.test', PASSWORD);
});
afterAll(() => app.close());

const jwksKids = async () => ((await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
const rotate = (who: { cookie: string; csrfToken: string }, body: Record<string, string> = {}) =>
  fetch(`${app.url}/admin/signing-keys/rotate`, {
    method: 'POST',
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: who.csrfToken, ...body }),
  });

describe('GET /admin/signing-keys', () => {
  it('shows operator admins the published keys', async () => {
    const res = await fetch(`${app.url}/admin/signing-keys`, { headers: { cookie: operatorAdmin.cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const kid of await jwksKids()) expect(html).toContain(kid);
    expect(html).toContain('signing');
  });

  it('is a 404 for admins of other accounts', async () => {
    const res = await fetch(`${app.url}/admin/signing-keys`, { headers: { cookie: otherAdmin.cookie } });
    expect(res.status).toBe(404);
  });
});

describe('POST /admin/signing-keys/rotate', () => {
  it('publishes a next key first, then promotes it on "rotate immediately", keeping the old one published', async () => {
    const before = await jwksKids();
    expect(before).toHaveLength(1);
    const staged = await rotate(operatorAdmin);
    expect(staged.status).toBe(200);
    expect(await staged.text()).toContain('is published and starts signing after');
    const during = await jwksKids();
    expect(during).toHaveLength(2);
    expect(during).toContain(before[0]);

    const promoted = await rotate(operatorAdmin, { immediate: 'true' });
    expect(promoted.status).toBe(200);
    expect(await promoted.text()).toContain('now signs new tokens');
    const states = Object.fromEntries((await app.deps.stores.signingKeys.active()).map((k) => [k.kid, k.state]));
    expect(states[before[0]!]).toBe('previous');
    expect(Object.values(states).filter((s) => s === 'current')).toHaveLength(1);
    expect((await jwksKids()).sort()).toEqual(during.sort());

    const actions = (await app.deps.stores.audit.forAccount(operatorId, { limit: 10 })).map((e) => [e.action, e.actorUserId !== null]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['signing_key.staged', true],
        ['signing_key.promoted', true],
      ]),
    );
  });

  it('is a 404 for admins of other accounts and changes nothing', async () => {
    const before = await app.deps.stores.signingKeys.active();
    const res = await rotate(otherAdmin, { immediate: 'true' });
    expect(res.status).toBe(404);
    expect(await app.deps.stores.signingKeys.active()).toEqual(before);
  });

  it('refuses a post without the CSRF token (403) and changes nothing', async () => {
    const before = await app.deps.stores.signingKeys.active();
    const res = await fetch(`${app.url}/admin/signing-keys/rotate`, {
      method: 'POST',
      headers: { cookie: operatorAdmin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'immediate=true',
    });
    expect(res.status).toBe(403);
    expect(await app.deps.stores.signingKeys.active()).toEqual(before);
  });
});
