import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../../service/ports/random.js';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { createAccountWithMember, createUser, signIn } from '../../../helpers/fixtures.js';
import {
  PKCE,
  authorize,
  authzParams,
  checkedAccounts,
  consentFields,
  consentRequestId,
  getAuthorize,
  postConsent,
  readRedirect,
  registerClient,
} from '../../../helpers/oauth-flow.js';
import { PASSWORD, useAuthorizeFixture } from '../authorize/authorize-fixture.js';

describe('POST /oauth2/consent', () => {
  const fx = useAuthorizeFixture();
  let client: StoredClient;

  beforeAll(async () => {
    client = await registerClient(fx.app.deps, {
      account_id: fx.account.id,
      client_name: 'Zone Viewer',
      scopes: ['openid', 'zone.read'],
      optional_scopes: ['email', 'offline_access'],
    });
  });

  async function consentPage(c: StoredClient = client, over: Record<string, string | undefined> = {}, session = fx.session) {
    const res = await getAuthorize(fx.app, session, authzParams(c, { scope: 'openid zone.read email', ...over }));
    expect(res.status).toBe(200);
    return res.text();
  }

  async function auditActions(accountId: string) {
    return (await fx.app.deps.stores.audit.forAccount(accountId, { limit: 50 })).map((e) => e.action);
  }

  describe('approve', () => {
    it('O5 answers 303 with code, state and iss, and the code carries exactly the approved scopes', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id, scopes: ['openid', 'zone.read'], optional_scopes: ['email'] });
      const html = await consentPage(other);
      const res = await postConsent(fx.app, fx.session, consentFields(html, { optionalScopes: [] }));
      expect(res.status).toBe(303);
      const r = readRedirect(res.headers.get('location')!);
      expect(r.location.origin + r.location.pathname).toBe('https://app.example.com/cb');
      expect(r.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(r.state).toBe('xyz');
      expect(r.iss).toBe(fx.iss);

      const code = await fx.app.deps.stores.authorizationCodes.find(sha256(r.code!));
      expect(code).toMatchObject({
        clientId: other.client_id,
        userId: fx.user.id,
        redirectUri: 'https://app.example.com/cb',
        redirectUriInRequest: true,
        scopes: ['openid', 'zone.read'],
        codeChallenge: PKCE.challenge,
        codeChallengeMethod: 'S256',
        consumedAt: null,
      });
      expect(code!.expiresAt - code!.createdAt).toBeLessThanOrEqual(60_000);
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, other.client_id);
      expect(grant).toMatchObject({ scopes: ['openid', 'zone.read'], accountIds: [fx.account.id] });
      expect(await auditActions(fx.account.id)).toContain('consent.granted');
    });

    it('keeps the optional scopes left on and the nonce', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id, scopes: ['openid'], optional_scopes: ['email', 'zone.read'] });
      const r = await authorize(fx.app, fx.session, authzParams(other, { scope: 'openid email zone.read', nonce: 'n-0S6_WzA2Mj' }), {
        optionalScopes: ['zone.read'],
      });
      const code = await fx.app.deps.stores.authorizationCodes.find(sha256(r.code!));
      expect(code).toMatchObject({ scopes: ['openid', 'zone.read'], nonce: 'n-0S6_WzA2Mj' });
    });

    it('records consent.granted with the grant, scopes and accounts', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      await authorize(fx.app, fx.session, authzParams(other, { scope: 'openid zone.read' }));
      const grant = await fx.app.deps.stores.grants.liveFor(fx.user.id, other.client_id);
      const [event] = await fx.app.deps.stores.audit.forAccount(fx.account.id, { limit: 1 });
      expect(event).toMatchObject({
        action: 'consent.granted',
        actorUserId: fx.user.id,
        targetType: 'grant',
        targetId: grant!.id,
        data: { client_id: other.client_id, scopes: ['openid', 'zone.read'], added_scopes: ['openid', 'zone.read'], account_ids: [fx.account.id] },
      });
    });

    it('refuses an optional scope that was not offered, and issues no code', async () => {
      const html = await consentPage();
      const res = await postConsent(fx.app, fx.session, [...consentFields(html), ['optional_scope', 'dns.write']]);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    });
  });

  describe('deny', () => {
    it('O3 redirects with access_denied, state and iss, and creates no grant', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      const html = await consentPage(other, { scope: 'openid' });
      const res = await postConsent(fx.app, fx.session, consentFields(html, { action: 'deny' }));
      expect(res.status).toBe(303);
      const r = readRedirect(res.headers.get('location')!);
      expect(r).toMatchObject({ error: 'access_denied', state: 'xyz', iss: fx.iss, code: null });
      expect(await fx.app.deps.stores.grants.liveFor(fx.user.id, other.client_id)).toBeUndefined();
    });
  });

  describe('CSRF (K1)', () => {
    it.each([
      ['without a CSRF token', (f: Array<[string, string]>) => ({ fields: f.filter(([k]) => k !== '_csrf'), headers: {} })],
      ['with a wrong CSRF token', (f: Array<[string, string]>) => ({ fields: [...f.filter(([k]) => k !== '_csrf'), ['_csrf', 'x'.repeat(43)] as [string, string]], headers: {} })],
      ['from another origin', (f: Array<[string, string]>) => ({ fields: f, headers: { origin: 'https://evil.example' } })],
      ['marked cross-site by the browser', (f: Array<[string, string]>) => ({ fields: f, headers: { 'sec-fetch-site': 'cross-site' } })],
    ])('refuses an approval %s with 403 and issues no code', async (_name, tamper) => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      const html = await consentPage(other, { scope: 'openid' });
      const fields: Array<[string, string]> = [['_csrf', fx.session.csrfToken], ...consentFields(html)];
      const t = tamper(fields);
      const res = await fetch(`${fx.app.url}/oauth2/consent`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: fx.session.cookie, ...t.headers },
        body: new URLSearchParams(t.fields),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('location')).toBeNull();
      expect(await fx.app.deps.stores.grants.liveFor(fx.user.id, other.client_id)).toBeUndefined();
    });

    it("refuses an approval carrying another session's CSRF token", async () => {
      const mallory = await createUser(fx.app.deps, { email: 'mallory@example.test', password: PASSWORD });
      await createAccountWithMember(fx.app.deps, { userId: mallory.id, role: 'admin' });
      const malloryIn = await signIn(fx.app, 'mallory@example.test', PASSWORD);
      const html = await consentPage(client, { scope: 'openid' });
      const res = await postConsent(fx.app, { cookie: fx.session.cookie, csrfToken: malloryIn.csrfToken }, consentFields(html));
      expect(res.status).toBe(403);
    });
  });

  describe('transaction binding (K2)', () => {
    it('answers a request only once', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      const html = await consentPage(other, { scope: 'openid' });
      expect((await postConsent(fx.app, fx.session, consentFields(html))).status).toBe(303);
      const replay = await postConsent(fx.app, fx.session, consentFields(html));
      expect(replay.status).toBe(400);
      expect(replay.headers.get('location')).toBeNull();
      expect(await replay.text()).toContain('expired or was already answered');
    });

    it("refuses another user's pending request, which stays answerable by its owner", async () => {
      const eve = await createUser(fx.app.deps, { email: 'eve@example.test', password: PASSWORD });
      await createAccountWithMember(fx.app.deps, { userId: eve.id, role: 'admin' });
      const eveIn = await signIn(fx.app, 'eve@example.test', PASSWORD);
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id, visibility: 'public' });
      const html = await consentPage(other, { scope: 'openid' });
      const stolen = await postConsent(fx.app, eveIn, [['request', consentRequestId(html)], ['action', 'approve']]);
      expect(stolen.status).toBe(400);
      expect(stolen.headers.get('location')).toBeNull();
      expect(await fx.app.deps.stores.grants.liveFor(eve.id, other.client_id)).toBeUndefined();
      expect((await postConsent(fx.app, fx.session, consentFields(html))).status).toBe(303);
    });

    it('refuses an expired request', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      const html = await consentPage(other, { scope: 'openid' });
      const id = consentRequestId(html);
      await fx.app.deps.db.kysely.updateTable('authorization_requests').set({ expires_at: 0 }).where('id', '=', id).execute();
      const res = await postConsent(fx.app, fx.session, consentFields(html));
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    });

    it('keeps two pending requests apart: each approval issues a code for its own scopes', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id, scopes: ['openid', 'zone.read'] });
      const first = await consentPage(other, { scope: 'openid' });
      const second = await consentPage(other, { scope: 'openid zone.read', state: 'second' });
      const res = await postConsent(fx.app, fx.session, consentFields(first));
      const r = readRedirect(res.headers.get('location')!);
      expect(r.state).toBe('xyz');
      expect((await fx.app.deps.stores.authorizationCodes.find(sha256(r.code!)))?.scopes).toEqual(['openid']);
      expect(consentRequestId(second)).not.toBe(consentRequestId(first));
    });
  });

  describe('the consent page', () => {
    it('shows app, publisher host with the amber unverified shield, owner, redirect host, scopes by category and risk', async () => {
      const html = await consentPage();
      expect(html).toContain('Zone Viewer');
      expect(html).toContain('app.example.com');
      expect(html).toContain('data-shield="unverified"');
      expect(html).toContain('has not proved control of app.example.com');
      expect(html).toContain('Ada Corp');
      expect(html).toContain('you go to <span class="mono">app.example.com</span>');
      expect(html).toMatch(/<h3>Identity<\/h3>[^]*Sign you in[^]*<h3>Zone<\/h3>[^]*Read zones/);
      expect(html).toContain('<span class="badge read">Read</span>');
      expect(html).toContain('name="optional_scope" value="email" id="scope-email" checked');
      expect(html).not.toContain('name="optional_scope" value="zone.read"');
      expect(html).not.toMatch(/<script>|style=/);
    });

    it('labels offline_access as lasting access', async () => {
      const html = await consentPage(client, { scope: 'openid offline_access' });
      expect(html).toContain('Lasting access: the app keeps this access until you revoke it.');
    });

    it('K5 shows no verified badge for an unverified public app', async () => {
      const pub = await registerClient(fx.app.deps, { account_id: fx.otherAccount.id, visibility: 'public' });
      const html = await consentPage(pub, { scope: 'openid' });
      expect(html).toContain('data-shield="unverified"');
      expect(html).not.toContain('data-shield="verified"');
      expect(html).not.toContain('Verified domain');
    });

    it('shows the first-party shield for apps of the operator account', async () => {
      const operator = await createAccountWithMember(fx.app.deps, { userId: fx.user.id, role: 'admin', name: 'Operator', firstParty: true });
      const own = await registerClient(fx.app.deps, { account_id: operator.id, visibility: 'public' });
      const html = await consentPage(own, { scope: 'openid' });
      expect(html).toContain('data-shield="first-party"');
    });

    it('K4 renders developer-controlled text as text and never shows a non-https logo', async () => {
      const evil = await registerClient(fx.app.deps, {
        account_id: fx.account.id,
        client_name: '<img src=x onerror=alert(1)>',
        logo_uri: 'javascript:alert(1)',
        contacts: ['"><script>alert(1)</script>@example.com'],
      });
      const html = await consentPage(evil, { scope: 'openid' });
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;img src=x onerror=alert(1)>');
      expect(html).not.toContain('javascript:');
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('class="app-logo placeholder"');
    });

    it('shows an https logo', async () => {
      const logo = await registerClient(fx.app.deps, { account_id: fx.account.id, logo_uri: 'https://app.example.com/logo.png' });
      const html = await consentPage(logo, { scope: 'openid' });
      expect(html).toContain('src="https://app.example.com/logo.png"');
    });
  });

  describe('incremental consent (K6)', () => {
    it('issues a code at once when every requested scope is already granted', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id });
      await authorize(fx.app, fx.session, authzParams(other, { scope: 'openid' }));
      const res = await getAuthorize(fx.app, fx.session, authzParams(other, { scope: 'openid', state: 'again' }));
      expect(res.status).toBe(303);
      const r = readRedirect(res.headers.get('location')!);
      expect(r).toMatchObject({ state: 'again', iss: fx.iss });
      expect(r.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('asks only for the new scope and shows the granted one as already granted', async () => {
      const other = await registerClient(fx.app.deps, { account_id: fx.account.id, scopes: ['openid', 'zone.read'] });
      await authorize(fx.app, fx.session, authzParams(other, { scope: 'openid' }));
      const html = await consentPage(other, { scope: 'openid zone.read' });
      expect(html).toContain('The app asks for more access');
      expect(html).toMatch(/data-scope="openid"[^]*Already granted/);
      expect(html).not.toMatch(/data-scope="zone.read"[^]*?Already granted[^]*?data-scope/);
      const r = await postConsent(fx.app, fx.session, consentFields(html));
      const code = await fx.app.deps.stores.authorizationCodes.find(sha256(readRedirect(r.headers.get('location')!).code!));
      expect(code?.scopes).toEqual(['openid', 'zone.read']);
      expect((await fx.app.deps.stores.grants.liveFor(fx.user.id, other.client_id))?.scopes).toEqual(['openid', 'zone.read']);
    });
  });

  describe('visibility (K7)', () => {
    it('shows a 403 error page to a non-member of a private app and issues no code', async () => {
      const foreign = await registerClient(fx.app.deps, { account_id: fx.otherAccount.id, visibility: 'private' });
      const res = await getAuthorize(fx.app, fx.session, authzParams(foreign));
      expect(res.status).toBe(403);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('This app is not available to you');
      const pending = await fx.app.deps.db.kysely
        .selectFrom('authorization_requests')
        .select('id')
        .where('client_id', '=', foreign.client_id)
        .execute();
      expect(pending).toEqual([]);
    });

    it('lets anyone authorize a public app, but not over an account that turned third-party access off', async () => {
      const pub = await registerClient(fx.app.deps, { account_id: fx.otherAccount.id, visibility: 'public' });
      const closed = await createAccountWithMember(fx.app.deps, { userId: fx.user.id, role: 'member', name: 'Closed Ltd' });
      await fx.app.deps.stores.accounts.update(closed.id, { thirdPartyAccess: false });
      const html = await consentPage(pub, { scope: 'openid' });
      expect(html).toContain('Closed Ltd');
      expect(html).toMatch(new RegExp(`value="${closed.id}" disabled`));
      expect(html).toContain('turned off access for third-party apps');
      expect(checkedAccounts(html)).not.toContain(closed.id);
      const tampered = await postConsent(fx.app, fx.session, consentFields(html, { accounts: [closed.id] }));
      expect(tampered.status).toBe(400);
      expect(await fx.app.deps.stores.grants.liveFor(fx.user.id, pub.client_id)).toBeUndefined();
    });
    it("offers a private app only its own account, and refuses an approval over the user's other accounts", async () => {
      const side = await createAccountWithMember(fx.app.deps, { userId: fx.user.id, role: 'admin', name: 'Side Project' });
      const own = await registerClient(fx.app.deps, { account_id: fx.account.id, visibility: 'private' });
      const html = await consentPage(own, { scope: 'openid' });
      expect(html).toMatch(new RegExp(`value="${side.id}" disabled`));
      expect(html).toContain('it can only be used with that account');
      expect(checkedAccounts(html)).toEqual([fx.account.id]);
      const tampered = await postConsent(fx.app, fx.session, consentFields(html, { accounts: [fx.account.id, side.id] }));
      expect(tampered.status).toBe(400);
      expect(await fx.app.deps.stores.grants.liveFor(fx.user.id, own.client_id)).toBeUndefined();
    });
  });

  describe('rate limit', () => {
    it('limits consent answers per user with 429 and Retry-After', async () => {
      const { startTestApp } = await import('../../../helpers/test-app.js');
      const app = await startTestApp({ overrides: { limits: { consentPerUser: { points: 1, duration: 60 } } } });
      try {
        const u = await createUser(app.deps, { email: 'r@example.test', password: PASSWORD });
        const a = await createAccountWithMember(app.deps, { userId: u.id, role: 'admin' });
        const s = await signIn(app, 'r@example.test', PASSWORD);
        const c = await registerClient(app.deps, { account_id: a.id });
        const page = async () => (await getAuthorize(app, s, authzParams(c, { scope: 'openid' }))).text();
        expect((await postConsent(app, s, consentFields(await page(), { action: 'deny' }))).status).toBe(303);
        const limited = await postConsent(app, s, consentFields(await page(), { action: 'deny' }));
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
    });
  });
});
