import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthClient } from '../../../shared/oauth/index.js';
import { PublicClientInfo } from '../../../shared/api/index.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';
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

/** Strict: a field the service sends that the shared model lacks fails here, not in the extension. */
const strict = OAuthClient.strict();

describe('shared OAuthClient against real API responses', () => {
  it('parses every response shape strictly: with and without client_uri, with a secret, verified, public, listed', async () => {
    const bodies: unknown[] = [];
    const keep = async (res: Response) => {
      const body = await res.json();
      bodies.push(body);
      return body as Record<string, any>;
    };
    const confidential = await keep(await api(w.admin, 'POST', w.base, appClient('wire.example.test', { logo_uri: 'https://wire.example.test/l.png' })));
    const { client_uri: _u, ...noUri } = appClient('x.example.test');
    await keep(await api(w.admin, 'POST', w.base, { ...noUri, token_endpoint_auth_method: 'none', redirect_uris: ['http://127.0.0.1/cb'], grant_types: ['authorization_code'] }));
    const v = confidential.client_uri_verification;
    await dns.restart({ txt: [[v.record_name, v.record_value]] });
    await api(w.admin, 'POST', `${w.base}/${confidential.client_id}/verification/check`);
    await keep(await api(w.admin, 'POST', `${w.base}/${confidential.client_id}/rotate_secret`));
    await keep(await api(w.admin, 'POST', `${w.base}/${confidential.client_id}/make_public`));
    await keep(await api(w.admin, 'GET', `${w.base}/${confidential.client_id}`));
    const list = await (await api(w.admin, 'GET', w.base)).json();
    bodies.push(...list.oauth_clients);

    for (const body of bodies) expect(strict.safeParse(body).error?.issues ?? []).toEqual([]);
    const statuses = bodies.map((b) => (b as any).client_uri_verification?.status ?? null);
    expect(statuses.slice(0, 5)).toEqual(['pending', null, 'verified', 'verified', 'verified']);
    expect(statuses.slice(5).sort()).toEqual(['verified', null].sort());
    const lookup = await (await fetch(`${w.app.url}/api/v1/public/clients/${confidential.client_id}`)).json();
    expect(PublicClientInfo.safeParse(lookup).success).toBe(true);
  });
});
