import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';
import { api, appClient, startDomainsWorld, type DomainsWorld } from './domains-fixture.js';

let dns: Dnsmasq;
let w: DomainsWorld;
let admin: SignedIn;
let developer: SignedIn;

beforeAll(async () => {
  dns = await startDnsmasq({});
  w = await startDomainsWorld(dns.resolver);
  admin = await signIn(w.app, w.admin.email, w.admin.password);
  developer = await signIn(w.app, w.developer.email, w.developer.password);
});
afterAll(async () => {
  await w?.app.close();
  await dns?.stop();
});

const page = (s: SignedIn, path: string) => fetch(`${w.app.url}${path}`, { headers: { cookie: s.cookie }, redirect: 'manual' });
const form = (s: SignedIn, path: string, fields: Record<string, string> = {}) =>
  fetch(`${w.app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: w.app.url },
    body: new URLSearchParams({ _csrf: s.csrfToken, ...fields }),
  });

describe('client page: domain verification without JavaScript', () => {
  it('shows the record, checks by form (303 back to the card), and shows the lost-badge banner', async () => {
    const c = await (await api(w.developer, 'POST', w.base, appClient('pages.example.test', { logo_uri: 'https://pages.example.test/l.png' }))).json();
    const detail = `/accounts/${w.accountId}/clients/${c.client_id}`;
    const v = c.client_uri_verification;
    let html = await (await page(developer, detail)).text();
    expect(html).toContain('data-verification-status="pending"');
    expect(html).toContain(`<span class="mono" id="record-name">${v.record_name}</span>`);
    expect(html).toContain(`data-copy="${v.record_value}"`);

    // Without the CSRF token the form is refused and nothing is looked up.
    const forged = await fetch(`${w.app.url}${detail}/verification/check`, {
      method: 'POST', headers: { cookie: developer.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '',
    });
    expect(forged.status).toBe(403);

    const checked = await form(developer, `${detail}/verification/check`);
    expect([checked.status, checked.headers.get('location')]).toEqual([303, `${detail}?done=verification_checked#domain-verification`]);
    html = await (await page(developer, `${detail}?done=verification_checked`)).text();
    expect(html).toContain('data-verification-status="in_progress"');
    expect(html).toContain(`No TXT record found at ${v.record_name}.`);

    await dns.restart({ txt: [[v.record_name, v.record_value]] });
    await form(developer, `${detail}/verification/check`);
    expect(await (await page(developer, detail)).text()).toContain('data-verification-status="verified"');
    await dns.restart({});
    for (let i = 0; i < 3; i++) await api(w.developer, 'POST', `${w.base}/${c.client_id}/verification/check`);
    html = await (await page(developer, detail)).text();
    expect(html).toContain('id="verification-lost"');
    expect(html).toContain('The verified badge was removed');
  });
});

describe('Make public confirmation page', () => {
  it('is for admins (developers 403), lists unmet prerequisites, refuses the form (422), then promotes', async () => {
    const c = await (await api(w.admin, 'POST', w.base, appClient('promo.example.test'))).json();
    const path = `/accounts/${w.accountId}/clients/${c.client_id}/make_public`;
    expect((await page(developer, path)).status).toBe(403);

    const html = await (await page(admin, path)).text();
    expect([...html.matchAll(/data-prerequisite="([a-z_]+)" data-met="(true|false)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      'client_name=true', 'logo_uri=false', 'client_uri_verified=false', 'non_identity_scope=true',
    ]);
    expect(html).not.toContain('name="confirm"');
    expect((await form(admin, path)).status).toBe(422);
    expect((await w.app.deps.stores.clients.byId(c.client_id))!.visibility).toBe('private');

    await api(w.admin, 'PATCH', `${w.base}/${c.client_id}`, { logo_uri: 'https://promo.example.test/logo.png' });
    const v = c.client_uri_verification;
    await dns.restart({ txt: [[v.record_name, v.record_value]] });
    await api(w.admin, 'POST', `${w.base}/${c.client_id}/verification/check`);
    expect(await (await page(admin, path)).text()).toContain('name="confirm"');
    const done = await form(admin, path, { confirm: 'yes' });
    expect([done.status, done.headers.get('location')]).toEqual([303, `/accounts/${w.accountId}/clients/${c.client_id}?done=made_public`]);
    expect((await w.app.deps.stores.clients.byId(c.client_id))!.visibility).toBe('public');
  });
});
