import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateClientSecret } from '../../../service/clients/verify-client-secret.js';
import type { SignedIn } from '../../helpers/fixtures.js';
import { api, session, startClientsWorld, webClient, type ClientsWorld } from './clients-fixture.js';

let w: ClientsWorld;
let dev: SignedIn;
let member: SignedIn;
let outsider: SignedIn;
let pages: string;
beforeAll(async () => {
  w = await startClientsWorld();
  [dev, member, outsider] = await Promise.all([session(w, w.developer), session(w, w.member), session(w, w.outsider)]);
  pages = `${w.app.url}/accounts/${w.accountId}/clients`;
});
afterAll(() => w.app.close());

const get = (who: SignedIn, url: string) => fetch(url, { headers: { cookie: who.cookie }, redirect: 'manual' });
function postForm(who: SignedIn, url: string, fields: Array<[string, string]>, csrf = who.csrfToken) {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['_csrf', csrf], ...fields]),
  });
}
const secretIn = (html: string) => /<code class="secret" id="client-secret">([^<]+)<\/code>/.exec(html)?.[1];

const form: Array<[string, string]> = [
  ['client_name', 'Acme Dashboard App'],
  ['redirect_uris', 'https://app.acme.example/cb\r\nhttps://app.acme.example/cb2'],
  ['token_endpoint_auth_method', 'client_secret_basic'],
  ['refresh_tokens', 'on'],
  ['scopes', 'zone.read'],
  ['scopes', 'dns.read'],
  ['optional_scopes', 'analytics.read'],
  ['client_uri', 'https://app.acme.example'],
  ['logo_uri', ''],
  ['policy_uri', ''],
  ['tos_uri', ''],
  ['contacts', 'dev@acme.example'],
];

describe('GET /accounts/:account/clients', () => {
  it('lists clients with the register button for writers only', async () => {
    await api(w.developer, 'POST', w.base, webClient);
    const devPage = await get(dev, pages);
    expect(devPage.status).toBe(200);
    const html = await devPage.text();
    expect(html).toContain('Register OAuth client');
    expect(html).toContain('Acme Deploy');
    expect(html).toContain('<span class="badge private">private</span>');
    const memberHtml = await (await get(member, pages)).text();
    expect(memberHtml).toContain('Acme Deploy');
    expect(memberHtml).not.toContain('Register OAuth client');
  });

  it('answers an outsider with the 404 page and a visitor with a redirect to sign in', async () => {
    const res = await get(outsider, pages);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const anon = await fetch(pages, { redirect: 'manual' });
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe(`/login?return_to=${encodeURIComponent(`/accounts/${w.accountId}/clients`)}`);
  });

  it('renders a hostile client name as text', async () => {
    const res = await api(w.developer, 'POST', w.base, { ...webClient, client_name: '<img src=x onerror=alert(1)>' });
    const c = await res.json();
    expect(c.client_name).toBe('<img src=x onerror=alert(1)>');
    for (const url of [pages, `${pages}/${c.client_id}`]) {
      const html = await (await get(dev, url)).text();
      expect(html).toContain('&lt;img src=x onerror=alert(1)>');
      expect(html).not.toContain('<img src=x');
    }
  });
});

describe('GET /accounts/:account/clients/new', () => {
  it('shows the catalog grouped by category with risk badges, and a CSRF field', async () => {
    const html = await (await get(dev, `${pages}/new`)).text();
    expect(html).toContain(`name="_csrf" value="${dev.csrfToken}"`);
    expect(html).toContain('<th scope="rowgroup" colspan="4">DNS</th>');
    expect(html).toContain('<input type="checkbox" name="scopes" value="dns.write"');
    expect(html).toContain('<input type="checkbox" name="optional_scopes" value="dns.write"');
    expect(html).toContain('<span class="badge admin">admin</span>');
    expect((await get(member, `${pages}/new`)).status).toBe(403);
  });
});

describe('POST /accounts/:account/clients (the registration form)', () => {
  it('registers the client and shows its secret once, on the answer itself', async () => {
    const res = await postForm(dev, pages, form);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('It will not be shown again');
    const secret = secretIn(html)!;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(html).toContain(`data-copy="${secret}"`);
    const clientId = /<code id="client-id">([^<]+)<\/code>/.exec(html)![1]!;
    expect(await authenticateClientSecret(w.app.deps, clientId, secret)).toMatchObject({
      client_name: 'Acme Dashboard App',
      redirect_uris: ['https://app.acme.example/cb', 'https://app.acme.example/cb2'],
      scopes: ['zone.read', 'dns.read'],
      optional_scopes: ['analytics.read'],
      grant_types: ['authorization_code', 'refresh_token'],
      contacts: ['dev@acme.example'],
      logo_uri: null,
    });
    const later = await (await get(dev, `${pages}/${clientId}`)).text();
    expect(later).not.toContain(secret);
    expect(secretIn(later)).toBeUndefined();
  });

  it('keeps the input and shows the error next to the redirect URIs field when one is refused', async () => {
    const before = (await w.app.deps.stores.clients.forAccount(w.accountId)).length;
    const bad = form.map(([k, v]): [string, string] => (k === 'redirect_uris' ? [k, 'http://app.acme.example/cb'] : [k, v]));
    const res = await postForm(dev, pages, bad);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      '<p class="field-error" id="f-redirect_uris-error">redirect URI must use https (http is allowed only on 127.0.0.1, [::1] or localhost)</p>',
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('>http://app.acme.example/cb</textarea>');
    expect(html).toContain('value="Acme Dashboard App"');
    expect(html).toMatch(/name="scopes" value="dns.read" checked/);
    expect((await w.app.deps.stores.clients.forAccount(w.accountId)).length).toBe(before);
  });

  it('refuses a form without the CSRF token (403) and registers nothing', async () => {
    const before = (await w.app.deps.stores.clients.forAccount(w.accountId)).length;
    const res = await postForm(dev, pages, form, 'forged');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('reload the page and try again');
    expect((await w.app.deps.stores.clients.forAccount(w.accountId)).length).toBe(before);
  });

  it('refuses members (403 page)', async () => {
    expect((await postForm(member, pages, form)).status).toBe(403);
  });
});

describe('client page actions', () => {
  it('edits, rotates, finishes the rotation and deletes through forms', async () => {
    const created = await (await api(w.developer, 'POST', w.base, webClient)).json();
    const detail = `${pages}/${created.client_id}`;

    const edited = await postForm(dev, detail, form.map(([k, v]): [string, string] => (k === 'client_name' ? [k, 'Renamed App'] : [k, v])));
    expect(edited.status).toBe(303);
    expect(edited.headers.get('location')).toBe(`/accounts/${w.accountId}/clients/${created.client_id}?done=updated`);
    const after = await (await get(dev, `${w.app.url}${edited.headers.get('location')}`)).text();
    expect(after).toContain('Changes saved.');
    expect(after).toContain('<h1>Renamed App</h1>');

    const refused = await postForm(dev, detail, form.map(([k, v]): [string, string] => (v === 'dns.read' ? [k, 'zone.nuke'] : [k, v])));
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('<details class="card" id="edit" open>');
    expect(refusedHtml).toContain("unknown scope 'zone.nuke' in scopes");
    expect(refusedHtml).toContain('value="Acme Dashboard App"');

    const rotated = await postForm(dev, `${detail}/rotate_secret`, []);
    expect(rotated.status).toBe(200);
    const newSecret = secretIn(await rotated.text())!;
    expect(await authenticateClientSecret(w.app.deps, created.client_id, newSecret)).toBeDefined();
    expect(await authenticateClientSecret(w.app.deps, created.client_id, created.client_secret)).toBeDefined();
    expect(await (await get(dev, detail)).text()).toContain('Finish rotation');

    const finished = await postForm(dev, `${detail}/rotate_secret/finish`, []);
    expect(finished.status).toBe(303);
    expect(await authenticateClientSecret(w.app.deps, created.client_id, created.client_secret)).toBeUndefined();

    const confirm = await get(dev, `${detail}/delete`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Delete “Renamed App”?');
    const deleted = await postForm(dev, `${detail}/delete`, []);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(`/accounts/${w.accountId}/clients?done=deleted`);
    expect((await get(dev, detail)).status).toBe(404);
  });

  it('shows members a read-only page and refuses their form posts', async () => {
    const created = await (await api(w.developer, 'POST', w.base, webClient)).json();
    const detail = `${pages}/${created.client_id}`;
    const html = await (await get(member, detail)).text();
    expect(html).toContain(created.client_id);
    for (const control of ['Save changes', 'Rotate secret', 'Delete client']) expect(html).not.toContain(control);
    expect((await postForm(member, `${detail}/rotate_secret`, [])).status).toBe(403);
    expect((await postForm(member, `${detail}/delete`, [])).status).toBe(403);
    expect((await get(member, `${detail}/delete`)).status).toBe(403);
  });
});
