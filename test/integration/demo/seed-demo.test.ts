import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../service/demo/seed-demo.js';
import { signIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let banner: string;
beforeAll(async () => {
  app = await startTestApp();
  banner = (await seedDemo(app.deps))!.banner;
});
afterAll(() => app.close());

/** `email password` pairs as printed in the banner. */
const printedLogins = (text: string) =>
  [...text.matchAll(/^ {3}(\S+@demo\.consentry\.test) +(\S+) {3}/gm)].map((m) => ({ email: m[1]!, password: m[2]! }));

describe('seedDemo on an empty database', () => {
  it('prints a banner labelled DEMO with the URL, three logins and the client secrets', () => {
    expect(banner).toContain('DEMO DATA');
    expect(banner).toContain(`Dashboard: ${app.url}/`);
    expect(printedLogins(banner).map((l) => l.email)).toEqual([
      'admin@demo.consentry.test',
      'dev@demo.consentry.test',
      'member@demo.consentry.test',
    ]);
    expect(banner).toMatch(/Acme Dashboard \(demo\): client_id \S+ {2}client_secret \S+/);
    expect(banner).toMatch(/Acme CLI \(demo\): client_id \S+ {2}\(public, PKCE\)/);
  });

  it('creates the operator (first-party) and Acme accounts with the documented roles', async () => {
    const s = app.deps.stores;
    const admin = (await s.users.byEmail('admin@demo.consentry.test'))!;
    const accounts = await s.accounts.forUser(admin.id);
    expect(accounts.map((a) => [a.name, a.firstParty, a.role])).toEqual([
      ['Consentry (demo operator)', true, 'admin'],
      ['Acme Robotics (demo)', false, 'admin'],
    ]);
    const acme = accounts[1]!;
    const members = await s.accounts.members(acme.id);
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual([
      ['admin@demo.consentry.test', 'admin'],
      ['dev@demo.consentry.test', 'developer'],
      ['member@demo.consentry.test', 'member'],
    ]);
    const clients = await s.clients.forAccount(acme.id);
    expect(clients.map((c) => [c.client_name, c.token_endpoint_auth_method, c.redirect_uris]).sort()).toEqual([
      ['Acme CLI (demo)', 'none', ['http://127.0.0.1/callback']],
      ['Acme Dashboard (demo)', 'client_secret_basic', ['https://acme.example/callback']],
      ['Acme Status Page (demo)', 'none', ['https://status.acme.example/callback']],
    ]);
    expect(await s.clients.countForAccount(accounts[0]!.id)).toBe(1);
    expect(await s.meta.get('demo_seeded')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('prints passwords that sign in through the login form', async () => {
    for (const { email, password } of printedLogins(banner)) {
      const session = await signIn(app, email, password);
      expect(session.cookie).toMatch(/^consentry_session=/);
    }
  });
});

describe('seedDemo a second time', () => {
  it('does nothing once it has run', async () => {
    const users = await app.deps.stores.users.count();
    expect(await seedDemo(app.deps)).toBeUndefined();
    expect(await app.deps.stores.users.count()).toBe(users);
  });

  it('does nothing on a database that already has users, and leaves no mark', async () => {
    const other = await startTestApp();
    try {
      const now = other.deps.clock.now();
      await other.deps.stores.users.create({ id: 'u1', email: 'real@example.test', name: 'Real', passwordHash: 'x', createdAt: now, disabled: false });
      expect(await seedDemo(other.deps)).toBeUndefined();
      expect(await other.deps.stores.accounts.forUser('u1')).toEqual([]);
      expect(await other.deps.stores.meta.get('demo_seeded')).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
