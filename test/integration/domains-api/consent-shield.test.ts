import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../helpers/fixtures.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';
import { authzParams, getAuthorize } from '../../helpers/oauth-flow.js';
import { api, appClient, startDomainsWorld, type DomainsWorld } from './domains-fixture.js';

let dns: Dnsmasq;
let w: DomainsWorld;

beforeAll(async () => {
  dns = await startDnsmasq({});
  w = await startDomainsWorld(dns.resolver);
});
afterAll(async () => {
  await w?.app.close();
  await dns?.stop();
});

const shieldOf = (html: string) => /data-shield="([^"]+)"/.exec(html)?.[1];

describe('consent page shield of a public third-party app', () => {
  it('D22 shows the verified host and the redirect host apart; K5 the badge goes when the verification is lost', async () => {
    // The app's redirect URI is on another domain than the verified one (D22).
    const created = await api(w.admin, 'POST', w.base, appClient('shield.example.test', {
      redirect_uris: ['https://login.elsewhere.example.net/cb'],
      logo_uri: 'https://shield.example.test/logo.png',
      scopes: ['openid', 'zone.read'],
    }));
    const c = await created.json();
    const { record_name, record_value } = c.client_uri_verification;
    await dns.restart({ txt: [[record_name, record_value]] });
    const check = () => api(w.admin, 'POST', `${w.base}/${c.client_id}/verification/check`);
    expect((await (await check()).json()).status).toBe('verified');
    expect((await api(w.admin, 'POST', `${w.base}/${c.client_id}/make_public`)).status).toBe(200);

    // A user of another account (third-party access on) authorizes the public app.
    const session = await signIn(w.app, w.otherAdmin.email, w.otherAdmin.password);
    const consent = async () => {
      const res = await getAuthorize(w.app, session, authzParams(c, { scope: 'openid zone.read' }));
      expect(res.status).toBe(200);
      return res.text();
    };
    const html = await consent();
    expect(shieldOf(html)).toBe('verified');
    expect(html).toContain('<span class="mono">shield.example.test</span>');
    expect(html).toContain('Verified means the developer proved control of shield.example.test; it is not an endorsement.');
    expect(html).toContain('you go to <span class="mono">login.elsewhere.example.net</span>');

    // The record is removed: three definite misses and the badge is gone (D16, K5).
    await dns.restart({});
    for (let i = 0; i < 3; i++) await (await check()).json();
    const after = await consent();
    expect(shieldOf(after)).toBe('unverified');
    expect(after).toContain('The publisher has not proved control of shield.example.test.');
    expect(after).not.toContain('Verified means');
  });
});
