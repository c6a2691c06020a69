import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { createAccountWithMember, createUser, signIn, type SignedIn } from '../../../helpers/fixtures.js';
import { authorize, authzParams, registerClient } from '../../../helpers/oauth-flow.js';
import { PASSWORD, useAuthorizeFixture } from '../authorize/authorize-fixture.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('connected apps', () => {
  const fx = useAuthorizeFixture();
  let client: StoredClient;
  let member: { id: string; session: SignedIn };

  beforeAll(async () => {
    client = await registerClient(fx.app.deps, {
      account_id: fx.otherAccount.id,
      visibility: 'public',
      client_name: 'Zone Viewer',
      logo_uri: 'https://app.example.com/logo.png',
      scopes: ['openid', 'zone.read'],
    });
    const u = await createUser(fx.app.deps, { email: 'member@example.test', password: PASSWORD, name: 'Mem' });
    await fx.app.deps.stores.accounts.putMember({ accountId: fx.account.id, userId: u.id, role: 'member', createdAt: fx.app.deps.clock.now() });
    member = { id: u.id, session: await signIn(fx.app, 'member@example.test', PASSWORD) };
  });

  const api = (path: string, session: SignedIn, init: RequestInit = {}) =>
    fetch(`${fx.app.url}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(init.headers as Record<string, string>) },
    });

  async function grantFor(session: SignedIn) {
    await authorize(fx.app, session, authzParams(client, { scope: 'openid zone.read' }));
  }

  describe('client page', () => {
    it("tells the app's owners how many users authorized it", async () => {
      const owner = await signIn(fx.app, 'owner@example.test', PASSWORD);
      const page = async () =>
        (await fetch(`${fx.app.url}/accounts/${fx.otherAccount.id}/clients/${client.client_id}`, { headers: { cookie: owner.cookie } })).text();
      const before = Number(/data-authorized-users="(\d+)"/.exec(await page())![1]);
      const second = await createUser(fx.app.deps, { email: `count-${Date.now()}@example.test`, password: PASSWORD });
      await createAccountWithMember(fx.app.deps, { userId: second.id, role: 'member', name: 'Counting Co' });
      await authorize(fx.app, await signIn(fx.app, second.email, PASSWORD), authzParams(client, { scope: 'openid zone.read' }));
      const html = await page();
      expect(html).toContain(`data-authorized-users="${before + 1}"`);
      expect(await fx.app.deps.stores.grants.countForClient(client.client_id)).toBe(before + 1);
      const grant = await fx.app.deps.stores.grants.liveFor(second.id, client.client_id);
      await fx.app.deps.stores.grants.revoke(grant!.id, 'test', fx.app.deps.clock.now());
      expect(await page()).toContain(`data-authorized-users="${before}"`);
    });
  });

  describe('GET /api/v1/user/grants', () => {
    it('shows the verified shield for a third-party app whose client_uri host is verified', async () => {
      const verified = await registerClient(fx.app.deps, { account_id: fx.otherAccount.id, visibility: 'public', client_uri: 'https://verified.example.com' });
      const deps = fx.app.deps;
      const now = deps.clock.now();
      const v = { clientId: verified.client_id, host: 'verified.example.com', token: 't', recordName: '_consentry-challenge.verified.example.com', recordValue: 'consentry-verification=t' };
      await deps.stores.domainVerifications.start(v, now);
      await deps.stores.domainVerifications.claim(verified.client_id, now, 'test', 60_000);
      await deps.stores.domainVerifications.markVerified(verified.client_id, 'test', { now, nextCheckAt: now + 86_400_000 });
      await authorize(fx.app, fx.session, authzParams(verified, { scope: 'openid' }));

      const body = (await (await api('/api/v1/user/grants', fx.session)).json()) as { grants: Array<{ client: { client_id: string; shield: string } }> };
      expect(body.grants.find((g) => g.client.client_id === verified.client_id)?.client.shield).toBe('verified');
      await deps.stores.grants.revoke((await deps.stores.grants.liveFor(fx.user.id, verified.client_id))!.id, 'test', now);
    });

    it('lists every app the user authorized with identity, shield, scopes, accounts and dates', async () => {
      await grantFor(fx.session);
      const res = await api('/api/v1/user/grants', fx.session);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.json();
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      expect(body).toEqual({
        grants: [
          {
            grant_id: grant!.id,
            client: { client_id: client.client_id, client_name: 'Zone Viewer', logo_uri: 'https://app.example.com/logo.png', shield: 'unverified' },
            scopes: ['openid', 'zone.read'],
            accounts: [{ id: fx.account.id, name: 'Ada Corp' }],
            granted_at: expect.stringMatching(ISO),
            last_used_at: null,
          },
        ],
        next_cursor: null,
      });
    });

    it('pages with limit and cursor, newest first, and refuses a cursor it did not issue', async () => {
      const more = await registerClient(fx.app.deps, { account_id: fx.otherAccount.id, visibility: 'public', client_name: 'Second', scopes: ['openid', 'zone.read'] });
      await grantFor(fx.session);
      await authorize(fx.app, fx.session, authzParams(more, { scope: 'openid zone.read' }));
      const first = (await (await api('/api/v1/user/grants?limit=1', fx.session)).json()) as { grants: Array<{ client: { client_id: string } }>; next_cursor: string };
      expect(first.grants.map((g) => g.client.client_id)).toEqual([more.client_id]);
      expect(first.next_cursor).toEqual(expect.any(String));
      const res = await api(`/api/v1/user/grants?limit=1&cursor=${encodeURIComponent(first.next_cursor)}`, fx.session);
      const second = (await res.json()) as { grants: Array<{ client: { client_id: string } }>; next_cursor: string | null };
      expect(second.grants.map((g) => g.client.client_id)).toEqual([client.client_id]);
      expect(second.next_cursor).toBeNull();
      const bad = await api('/api/v1/user/grants?cursor=bm9wZQ', fx.session);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'invalid_request', field: 'cursor' });
      const tooMany = await api('/api/v1/user/grants?limit=201', fx.session);
      expect(tooMany.status).toBe(400);
      await fx.app.deps.stores.grants.revoke((await fx.app.deps.stores.grants.liveFor(fx.user.id, more.client_id))!.id, 'user', fx.app.deps.clock.now());
    });

    it('answers 401 without a session or token', async () => {
      const res = await fetch(`${fx.app.url}/api/v1/user/grants`);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });
  });

  describe('DELETE /api/v1/user/grants/:grant_id', () => {
    it('revokes the grant, audits grant.revoked, and the app is gone from the list', async () => {
      await grantFor(fx.session);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      const res = await api(`/api/v1/user/grants/${grant!.id}`, fx.session, { method: 'DELETE' });
      expect(res.status).toBe(204);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedReason).toBe('revoked_by_user');
      expect(await (await api('/api/v1/user/grants', fx.session)).json()).toEqual({ grants: [], next_cursor: null });
      const [event] = await fx.app.deps.stores.audit.forAccount(fx.account.id, { limit: 1 });
      expect(event).toMatchObject({ action: 'grant.revoked', actorUserId: fx.user.id, targetId: grant!.id, data: { client_id: client.client_id, by: 'user' } });
    });

    it("answers 404 for another user's grant and leaves it live", async () => {
      await grantFor(member.session);
      const grant = await fx.app.deps.stores.grants.liveFor(member.id, client.client_id);
      const res = await api(`/api/v1/user/grants/${grant!.id}`, fx.session, { method: 'DELETE' });
      expect(res.status).toBe(404);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedAt).toBeNull();
    });

    it('answers 403 to a cookie-authenticated revoke without the CSRF header', async () => {
      await grantFor(fx.session);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      const res = await fetch(`${fx.app.url}/api/v1/user/grants/${grant!.id}`, { method: 'DELETE', headers: { cookie: fx.session.cookie } });
      expect(res.status).toBe(403);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedAt).toBeNull();
    });
  });

  describe('account admins', () => {
    it("list every grant held by the account's members, with who gave it", async () => {
      await grantFor(member.session);
      const res = await api(`/api/v1/accounts/${fx.account.id}/grants`, fx.session);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { grants: Array<{ user: { email: string }; client: { client_id: string } }> };
      expect(body.grants.map((g) => g.user.email).sort()).toEqual(['ada@example.test', 'member@example.test']);
      expect(body.grants.every((g) => g.client.client_id === client.client_id)).toBe(true);
    });

    it('are the only ones who may: members get 403, outsiders 404', async () => {
      expect((await api(`/api/v1/accounts/${fx.account.id}/grants`, member.session)).status).toBe(403);
      const outsider = await createUser(fx.app.deps, { email: 'out@example.test', password: PASSWORD });
      await createAccountWithMember(fx.app.deps, { userId: outsider.id, role: 'admin' });
      const outIn = await signIn(fx.app, 'out@example.test', PASSWORD);
      expect((await api(`/api/v1/accounts/${fx.account.id}/grants`, outIn)).status).toBe(404);
      expect((await api(`/api/v1/accounts/${fx.account.id}/grants`, outIn)).headers.get('content-type')).toMatch(/json/);
    });

    it("revoke a member's grant", async () => {
      await grantFor(member.session);
      const grant = await fx.app.deps.stores.grants.liveFor(member.id, client.client_id);
      const res = await api(`/api/v1/accounts/${fx.account.id}/grants/${grant!.id}`, fx.session, { method: 'DELETE' });
      expect(res.status).toBe(204);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedReason).toBe('revoked_by_account_admin');
    });

    it("cannot revoke the grant of someone outside the account", async () => {
      const publisherAdmin = await signIn(fx.app, 'owner@example.test', PASSWORD);
      await grantFor(fx.session);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      const res = await api(`/api/v1/accounts/${fx.otherAccount.id}/grants/${grant!.id}`, publisherAdmin, { method: 'DELETE' });
      expect(res.status).toBe(404);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedAt).toBeNull();
    });
  });

  describe('GET /api/v1/accounts/:account/oauth_clients/:client_id/grants_count', () => {
    it('tells the owning account how many users authorized the app', async () => {
      await grantFor(fx.session);
      await grantFor(member.session);
      const owner = await signIn(fx.app, 'owner@example.test', PASSWORD);
      const res = await api(`/api/v1/accounts/${fx.otherAccount.id}/oauth_clients/${client.client_id}/grants_count`, owner);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ client_id: client.client_id, authorized_users: 2 });
    });

    it('answers 404 to anyone outside the owning account', async () => {
      const res = await api(`/api/v1/accounts/${fx.otherAccount.id}/oauth_clients/${client.client_id}/grants_count`, fx.session);
      expect(res.status).toBe(404);
    });
  });

  describe('pages', () => {
    it('/connected-apps lists the app and its Revoke form ends the grant (303 back)', async () => {
      await grantFor(fx.session);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      const page = await api('/connected-apps', fx.session);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Zone Viewer');
      expect(html).toContain('Read zones');
      expect(html).toContain('data-shield="unverified"');
      expect(html).toContain(`action="/connected-apps/${grant!.id}/revoke"`);
      const res = await fetch(`${fx.app.url}/connected-apps/${grant!.id}/revoke`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: fx.session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: fx.session.csrfToken }),
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/connected-apps?revoked=1');
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedAt).not.toBeNull();
    });

    it('refuses a revoke form without CSRF token', async () => {
      await grantFor(fx.session);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, client.client_id);
      const res = await fetch(`${fx.app.url}/connected-apps/${grant!.id}/revoke`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: fx.session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      expect(res.status).toBe(403);
      expect((await fx.app.deps.stores.grants.byId(grant!.id))?.revokedAt).toBeNull();
    });

    it('/accounts/:account/grants shows admins the members\' grants and 403 to members', async () => {
      await grantFor(member.session);
      const html = await (await api(`/accounts/${fx.account.id}/grants`, fx.session)).text();
      expect(html).toContain('member@example.test');
      expect(html).toContain('Zone Viewer');
      expect((await api(`/accounts/${fx.account.id}/grants`, member.session)).status).toBe(403);
    });

    it('sends a visitor who is not signed in to the login page', async () => {
      const res = await fetch(`${fx.app.url}/connected-apps`, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/login?return_to=%2Fconnected-apps');
    });
  });
});
