import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';
import { api, appClient, startDomainsWorld, type DomainsWorld } from './domains-fixture.js';

let dns: Dnsmasq;
let w: DomainsWorld;
/** TXT records dnsmasq serves now; each test adds what it needs and restarts it. */
const records: Array<[string, string]> = [];

beforeAll(async () => {
  dns = await startDnsmasq({});
  w = await startDomainsWorld(dns.resolver);
});
afterAll(async () => {
  await w?.app.close();
  await dns?.stop();
});

const iso = (ms: number) => new Date(ms).toISOString();
async function publish(name: string, value: string) {
  records.push([name, value]);
  await dns.restart({ txt: records.map(([n, v]) => [n, v]) });
}
async function unpublish(name: string) {
  records.splice(0, records.length, ...records.filter(([n]) => n !== name));
  await dns.restart({ txt: records.map(([n, v]) => [n, v]) });
}
async function create(body: unknown, base = w.base, who = w.developer) {
  const res = await api(who, 'POST', base, body);
  expect(res.status).toBe(201);
  return (await res.json()) as Record<string, any>;
}
const check = (base: string, id: string, who = w.developer) => api(who, 'POST', `${base}/${id}/verification/check`);
const restart = (base: string, id: string, who = w.developer) => api(who, 'POST', `${base}/${id}/verification/restart`);
const events = async (action: string, id: string, accountId = w.accountId) =>
  (await w.app.deps.stores.audit.forAccount(accountId, { limit: 1000 })).filter((e) => e.action === action && e.targetId === id);

describe('client_uri challenge on create', () => {
  it('gives every client with client_uri its own record to publish, pending until checked', async () => {
    const c = await create(appClient('Deploy.Example.test'));
    expect(c.client_uri_verification).toEqual({
      status: 'pending',
      record_name: '_consentry-challenge.deploy.example.test',
      record_value: expect.stringMatching(/^consentry-verification=[A-Za-z0-9_-]{22}$/),
      checked_at: null,
      verified_at: null,
      last_error: null,
    });
    const got = await (await api(w.developer, 'GET', `${w.base}/${c.client_id}`)).json();
    expect(got.client_uri_verification).toEqual(c.client_uri_verification);
  });

  it('answers null without client_uri', async () => {
    const { client_uri: _u, ...noUri } = appClient('none.example.test');
    expect((await create(noUri)).client_uri_verification).toBeNull();
  });

  it('refuses a public suffix or an IP address as client_uri host (400 naming client_uri) and registers nothing', async () => {
    const before = (await w.app.deps.stores.clients.forAccount(w.accountId)).length;
    for (const [uri, description] of [
      ['https://co.uk/', 'client_uri: co.uk is a public suffix shared by many owners; verify a name registered under it.'],
      ['https://github.io/app', 'client_uri: github.io is a public suffix shared by many owners; verify a name registered under it.'],
      ['https://192.0.2.7/', 'client_uri: An IP address cannot be verified; use a domain name.'],
    ] as const) {
      const res = await api(w.developer, 'POST', w.base, appClient('x.example.test', { client_uri: uri }));
      expect([res.status, await res.json()]).toEqual([400, { error: 'invalid_client_metadata', error_description: description, field: 'client_uri' }]);
    }
    expect((await w.app.deps.stores.clients.forAccount(w.accountId)).length).toBe(before);
  });
});

describe('POST …/oauth_clients/:client_id/verification/check', () => {
  it('stays in progress with last_error for a wrong record, then verifies against the exact record the API gave', async () => {
    const c = await create(appClient('check.example.test'));
    const v = c.client_uri_verification;
    await publish(v.record_name, `${v.record_value}x`);
    w.clock.advance(1000);

    const wrong = await check(w.base, c.client_id);
    expect(wrong.status).toBe(200);
    expect(wrong.headers.get('cache-control')).toBe('no-store');
    expect(await wrong.json()).toEqual({
      ...v,
      status: 'in_progress',
      checked_at: iso(w.clock.now()),
      last_error: 'A TXT record exists at _consentry-challenge.check.example.test, but none equals the expected value exactly.',
    });

    await unpublish(v.record_name);
    await publish(v.record_name, v.record_value);
    w.clock.advance(1000);
    const right = await check(w.base, c.client_id);
    const verified = { ...v, status: 'verified', checked_at: iso(w.clock.now()), verified_at: iso(w.clock.now()), last_error: null };
    expect([right.status, await right.json()]).toEqual([200, verified]);
    expect((await (await api(w.developer, 'GET', `${w.base}/${c.client_id}`)).json()).client_uri_verification).toEqual(verified);

    expect(await events('domain.check_requested', c.client_id)).toMatchObject([
      { actorUserId: w.developer.id, data: { host: 'check.example.test', status: 'verified', last_error: null } },
      { actorUserId: w.developer.id, data: { host: 'check.example.test', status: 'in_progress' } },
    ]);
    const [event] = await events('domain.verified', c.client_id);
    expect(event).toMatchObject({ actorUserId: null, data: { host: 'check.example.test', record_name: v.record_name } });
  });

  it('answers 409 for a client without client_uri and 404 for another account\'s client', async () => {
    const { client_uri: _u, ...noUri } = appClient('none.example.test');
    const c = await create(noUri);
    const res = await check(w.base, c.client_id);
    expect([res.status, await res.json()]).toEqual([409, { error: 'conflict', error_description: 'the client has no client_uri to verify' }]);
    const theirs = await create(appClient('theirs.example.test'), w.otherBase, w.otherAdmin);
    expect((await check(w.base, theirs.client_id)).status).toBe(404);
  });
});

describe('host lock', () => {
  it('lets the path change but not the host once verified (409), and refuses removing client_uri (409)', async () => {
    const c = await create(appClient('locked.example.test'));
    const v = c.client_uri_verification;
    await publish(v.record_name, v.record_value);
    expect((await (await check(w.base, c.client_id)).json()).status).toBe('verified');
    const url = `${w.base}/${c.client_id}`;

    const moved = await api(w.developer, 'PATCH', url, { client_uri: 'https://other.example.test/' });
    expect([moved.status, await moved.json()]).toEqual([409, {
      error: 'conflict',
      error_description: 'the client_uri host is locked to the verified host locked.example.test; the path may change, the host may not',
      field: 'client_uri',
    }]);
    const removed = await api(w.developer, 'PATCH', url, { client_uri: null });
    expect([removed.status, await removed.json()]).toEqual([409, {
      error: 'conflict', error_description: 'client_uri cannot be removed: its host locked.example.test is verified', field: 'client_uri',
    }]);

    const path = await api(w.developer, 'PATCH', url, { client_uri: 'https://LOCKED.example.test/new-home' });
    expect(path.status).toBe(200);
    const after = await path.json();
    expect(after.client_uri).toBe('https://LOCKED.example.test/new-home');
    expect(after.client_uri_verification).toMatchObject({ status: 'verified', record_value: v.record_value });
  });

  it('starts over with a new token when an unverified client moves to a new host', async () => {
    const c = await create(appClient('first.example.test'));
    const res = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, { client_uri: 'https://second.example.test' });
    const v = (await res.json()).client_uri_verification;
    expect(v).toMatchObject({ status: 'pending', record_name: '_consentry-challenge.second.example.test' });
    expect(v.record_value).not.toBe(c.client_uri_verification.record_value);
    const [event] = await events('oauth_client.updated', c.client_id);
    expect(event!.data).toEqual({ fields: ['client_uri'], verification_started: 'second.example.test' });
  });
});

describe('POST …/oauth_clients/:client_id/verification/restart', () => {
  it('re-opens a failed challenge with the same token and a fresh timeout', async () => {
    const c = await create(appClient('slow.example.test'));
    // No success within VERIFICATION_TIMEOUT_SECONDS (48 h): the next check fails it.
    w.clock.advance(49 * 3600_000);
    expect((await (await check(w.base, c.client_id)).json()).status).toBe('failed');
    const refused = await check(w.base, c.client_id);
    expect([refused.status, (await refused.json()).error_description]).toEqual([409, 'the verification has failed; restart it to check again']);

    const res = await restart(w.base, c.client_id);
    expect([res.status, await res.json()]).toEqual([200, { ...c.client_uri_verification, status: 'pending' }]);
    expect(await events('domain.verification_restarted', c.client_id)).toMatchObject([
      { actorUserId: w.developer.id, data: { host: 'slow.example.test', previous_status: 'failed', new_token: false } },
    ]);
  });

  it('refuses to restart a verified host (409), and issues a new token after the badge was lost', async () => {
    const c = await create(appClient('lost.example.test'));
    const v = c.client_uri_verification;
    await publish(v.record_name, v.record_value);
    expect((await (await check(w.base, c.client_id)).json()).status).toBe('verified');
    const refused = await restart(w.base, c.client_id);
    expect([refused.status, (await refused.json()).error_description]).toEqual([409, 'the host lost.example.test is verified; there is nothing to restart']);

    // The record disappears: three consecutive definite misses take the badge away (D16).
    await unpublish(v.record_name);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await (await check(w.base, c.client_id)).json()).status);
    expect(statuses).toEqual(['verified', 'verified', 'failed']);
    const lost = (await (await api(w.developer, 'GET', `${w.base}/${c.client_id}`)).json()).client_uri_verification;
    expect(lost).toMatchObject({ status: 'failed', verified_at: expect.any(String) });
    expect(await events('domain.verification_lost', c.client_id)).toHaveLength(1);

    const res = await restart(w.base, c.client_id);
    const fresh = await res.json();
    expect(fresh).toEqual({ status: 'pending', record_name: v.record_name, record_value: expect.stringMatching(/^consentry-verification=/), checked_at: null, verified_at: null, last_error: null });
    expect(fresh.record_value).not.toBe(v.record_value);
    expect(await events('domain.verification_restarted', c.client_id)).toMatchObject([{ data: { previous_status: 'failed', new_token: true } }]);
  });
});

describe('D17: the same host claimed by another account', () => {
  it('gets its own token and status; one verification never transfers to the other client', async () => {
    const ours = await create(appClient('shared.example.test'));
    const theirs = await create(appClient('shared.example.test'), w.otherBase, w.otherAdmin);
    const a = ours.client_uri_verification;
    const b = theirs.client_uri_verification;
    expect(b.record_name).toBe(a.record_name);
    expect(b.record_value).not.toBe(a.record_value);

    await publish(a.record_name, a.record_value);
    expect((await (await check(w.base, ours.client_id)).json()).status).toBe('verified');
    const other = await (await check(w.otherBase, theirs.client_id, w.otherAdmin)).json();
    expect(other).toMatchObject({ status: 'in_progress', verified_at: null, last_error: expect.stringContaining('none equals the expected value') });
    const stored = await w.app.deps.stores.clients.byId(theirs.client_id);
    expect(stored!.account_id).toBe(w.otherAccountId);
  });
});

describe('OpenAPI', () => {
  it('documents check, restart and make_public', async () => {
    const doc = await (await fetch(`${w.app.url}/api/v1/openapi.json`)).json();
    for (const p of ['verification/check', 'verification/restart', 'make_public']) {
      expect(doc.paths[`/api/v1/accounts/{account}/oauth_clients/{client_id}/${p}`]?.post).toBeDefined();
    }
  });
});


describe('POST …/oauth_clients/:client_id/make_public', () => {
  const makePublic = (id: string, who = w.admin) => api(who, 'POST', `${w.base}/${id}/make_public`);

  it('is for account admins only: developers get 403', async () => {
    const c = await create(appClient('dev.example.test'));
    const res = await makePublic(c.client_id, w.developer);
    expect([res.status, await res.json()]).toEqual([403, { error: 'forbidden', error_description: 'only account admins can do this' }]);
  });

  it('K8: lists every unmet prerequisite (422) and changes nothing, then promotes once they hold, irreversibly', async () => {
    const c = await create(appClient('promote.example.test', { scopes: ['openid', 'email'] }));
    const url = `${w.base}/${c.client_id}`;
    const refused = await makePublic(c.client_id);
    expect([refused.status, await refused.json()]).toEqual([422, {
      error: 'precondition_failed',
      error_description:
        'a public client needs an https logo_uri; a client_uri whose host is verified by DNS; at least one scope beyond identity (openid, profile, email)',
      unmet: ['logo_uri', 'client_uri_verified', 'non_identity_scope'],
    }]);
    expect((await w.app.deps.stores.clients.byId(c.client_id))!.visibility).toBe('private');
    expect(await events('oauth_client.visibility_promoted', c.client_id)).toEqual([]);

    // PATCH cannot do it either (K8): promotion only through make_public.
    const patched = await api(w.admin, 'PATCH', url, { visibility: 'public' });
    expect([patched.status, await patched.json()]).toEqual([409, {
      error: 'conflict',
      error_description: 'visibility cannot be changed by PATCH: use POST .../make_public, which checks the prerequisites; a public client stays public',
      field: 'visibility',
    }]);

    await api(w.admin, 'PATCH', url, { logo_uri: 'https://promote.example.test/logo.png', scopes: ['openid', 'zone.read'] });
    const stillUnverified = await makePublic(c.client_id);
    expect((await stillUnverified.json()).unmet).toEqual(['client_uri_verified']);

    const v = c.client_uri_verification;
    await publish(v.record_name, v.record_value);
    await check(w.base, c.client_id);
    const res = await makePublic(c.client_id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ client_id: c.client_id, visibility: 'public', client_uri_verification: { status: 'verified' } });
    expect(await events('oauth_client.visibility_promoted', c.client_id)).toMatchObject([
      { actorUserId: w.admin.id, data: { from: 'private', to: 'public', verified_host: 'promote.example.test' } },
    ]);

    const again = await makePublic(c.client_id);
    expect([again.status, await again.json()]).toEqual([409, { error: 'conflict', error_description: 'the client is already public; promotion cannot be undone' }]);
    const back = await api(w.admin, 'PATCH', url, { visibility: 'private' });
    expect(back.status).toBe(409);
    expect((await w.app.deps.stores.clients.byId(c.client_id))!.visibility).toBe('public');
  });
});
