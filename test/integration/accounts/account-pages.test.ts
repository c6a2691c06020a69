import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../helpers/fixtures.js';
import { startCrew, type Crew } from './accounts-test-helpers.js';

let crew: Crew;
beforeAll(async () => {
  crew = await startCrew();
});
afterAll(() => crew.app.close());

const page = (who: SignedIn | undefined, path: string) =>
  fetch(`${crew.app.url}${path}`, { redirect: 'manual', headers: who ? { cookie: who.cookie } : {} });

const post = (who: SignedIn, path: string, fields: Record<string, string>, csrf = who.csrfToken) =>
  fetch(`${crew.app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  });

const base = () => `/accounts/${crew.account.id}`;

describe('GET /', () => {
  it('sends visitors who are not signed in to the login page', async () => {
    const res = await page(undefined, '/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?return_to=%2F');
  });

  it("lists the user's accounts with role, client count and links, and a create-account form", async () => {
    const res = await page(crew.sessions.developer, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('>Acme</a>');
    expect(html).toContain('<span class="badge role developer">developer</span>');
    expect(html).toContain('<td>0</td>');
    for (const p of ['clients', 'members', 'settings', 'audit-log']) expect(html).toContain(`href="${base()}/${p}"`);
    expect(html).toContain('<form method="post" action="/accounts">');
    expect(html).toContain(`name="_csrf" value="${crew.sessions.developer.csrfToken}"`);
  });
});

describe('POST /accounts (dashboard form)', () => {
  it('creates an account with the user as admin and shows its members page', async () => {
    const res = await post(crew.sessions.outsider, '/accounts', { name: 'Side Project' });
    expect(res.status).toBe(303);
    const [account] = await crew.app.deps.stores.accounts.forUser(crew.users.outsider.id);
    expect(account).toMatchObject({ name: 'Side Project', role: 'admin' });
    expect(res.headers.get('location')).toBe(`/accounts/${account!.id}/members`);
  });

  it('shows the form again with the problem when the name is empty', async () => {
    const res = await post(crew.sessions.member, '/accounts', { name: ' ' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('role="alert">name: Too small');
  });

  it('refuses a post without the CSRF token (403) and creates nothing', async () => {
    const res = await post(crew.sessions.member, '/accounts', { name: 'Forged' }, 'wrong');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await crew.app.deps.stores.accounts.forUser(crew.users.member.id)).toHaveLength(1);
  });
});

describe('GET /accounts/:account/members', () => {
  it('shows admins the add, change-role and remove forms, with the account sub-navigation', async () => {
    const html = await (await page(crew.sessions.admin, `${base()}/members`)).text();
    expect(html).toContain('<nav class="subnav" aria-label="Account">');
    expect(html).toContain(`<a href="${base()}/members" class="current" aria-current="page">Members</a>`);
    expect(html).toContain('Add a member');
    expect(html).toContain(`action="${base()}/members/${crew.users.member.id}/remove"`);
    expect(html).toContain(`action="${base()}/members/${crew.users.member.id}/role"`);
    for (const u of ['alice', 'bob', 'carol']) expect(html).toContain(`${u}@example.test`);
  });

  it('shows members the list without any form', async () => {
    const res = await page(crew.sessions.member, `${base()}/members`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('alice@example.test');
    expect(html).not.toContain('Add a member');
    expect(html).not.toContain('/remove"');
    expect(html).not.toContain('/role"');
    expect(html).toContain('Only account admins can add, change or remove members.');
  });

  it('answers outsiders with the 404 page', async () => {
    const res = await page(crew.sessions.outsider, `${base()}/members`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('no such account');
  });
});

describe('member forms', () => {
  it('adds a member by email, then shows a notice', async () => {
    const res = await post(crew.sessions.admin, `${base()}/members`, { email: 'mallory@example.test', role: 'member' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${base()}/members?done=member_added`);
    expect(await crew.app.deps.stores.accounts.membership(crew.account.id, crew.users.outsider.id)).toMatchObject({ role: 'member' });
    const html = await (await page(crew.sessions.admin, res.headers.get('location')!)).text();
    expect(html).toContain('role="status">Member added.');
  });

  it('shows the problem when the email has no user, keeping what was typed', async () => {
    const res = await post(crew.sessions.admin, `${base()}/members`, { email: 'ghost@example.test', role: 'member' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('no user has this email; they must sign up first');
    expect(html).toContain('value="ghost@example.test"');
  });

  it('refuses to demote the last admin (409) with the reason', async () => {
    const res = await post(crew.sessions.admin, `${base()}/members/${crew.users.admin.id}/role`, { role: 'member' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('the last admin of an account cannot be demoted');
  });

  it('changes a role and removes a member, and refuses both to non-admins (403)', async () => {
    const { users, sessions, account, app } = crew;
    expect((await post(sessions.member, `${base()}/members/${users.developer.id}/remove`, {})).status).toBe(403);
    const changed = await post(sessions.admin, `${base()}/members/${users.outsider.id}/role`, { role: 'developer' });
    expect(changed.headers.get('location')).toBe(`${base()}/members?done=role_changed`);
    expect(await app.deps.stores.accounts.membership(account.id, users.outsider.id)).toMatchObject({ role: 'developer' });
    const removed = await post(sessions.admin, `${base()}/members/${users.outsider.id}/remove`, {});
    expect(removed.headers.get('location')).toBe(`${base()}/members?done=member_removed`);
    expect(await app.deps.stores.accounts.membership(account.id, users.outsider.id)).toBeUndefined();
  });
});

describe('account settings page', () => {
  it('shows members the settings read-only with the explanation', async () => {
    const html = await (await page(crew.sessions.member, `${base()}/settings`)).text();
    expect(html).toContain('When off, members cannot authorize new public apps of other accounts; existing grants stay.');
    expect(html).toContain('Only account admins can change settings.');
    expect(html).not.toContain(`action="${base()}/settings"`);
  });

  it('lets an admin turn third-party app access off (unticked box), persisted and audited', async () => {
    const before = await (await page(crew.sessions.admin, `${base()}/settings`)).text();
    expect(before).toContain('name="third_party_app_access" value="on" checked');
    const res = await post(crew.sessions.admin, `${base()}/settings`, { name: 'Acme' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${base()}/settings?done=settings_saved`);
    expect(await crew.app.deps.stores.accounts.byId(crew.account.id)).toMatchObject({ name: 'Acme', thirdPartyAccess: false });
    const [event] = await crew.app.deps.stores.audit.forAccount(crew.account.id, { limit: 1 });
    expect(event).toMatchObject({
      action: 'account.settings_changed',
      actorUserId: crew.users.admin.id,
      data: { third_party_app_access: { from: true, to: false } },
    });
    const after = await (await page(crew.sessions.admin, res.headers.get('location')!)).text();
    expect(after).toContain('Settings saved.');
    expect(after).not.toContain('value="on" checked');

    await post(crew.sessions.admin, `${base()}/settings`, { name: 'Acme', third_party_app_access: 'on' });
    expect(await crew.app.deps.stores.accounts.byId(crew.account.id)).toMatchObject({ thirdPartyAccess: true });
  });

  it('refuses a settings post from a developer (403) and changes nothing', async () => {
    const res = await post(crew.sessions.developer, `${base()}/settings`, { name: 'Hijacked' });
    expect(res.status).toBe(403);
    expect((await crew.app.deps.stores.accounts.byId(crew.account.id))!.name).toBe('Acme');
  });
});

describe('GET /accounts/:account/audit-log', () => {
  it('shows events newest first with actor and pages to older events', async () => {
    const first = await (await page(crew.sessions.member, `${base()}/audit-log?limit=1`)).text();
    expect(first).toContain('<code>account.settings_changed</code>');
    expect(first).toContain('alice@example.test');
    const older = /href="([^"]+\?before=[^"]+)">Older events/.exec(first)![1]!;
    const second = await (await page(crew.sessions.member, older.replace('?', '?limit=1&'))).text();
    expect(second).toContain('<code>account.settings_changed</code>');
    expect(second).toContain('Newest events');
  });
});
