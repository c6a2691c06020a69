import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../service/http/rate-limiters.js';
import { startDnsResponder, type DnsResponder } from '../../helpers/dns-responder.js';
import { api, appClient, startDomainsWorld, type DomainsWorld } from './domains-fixture.js';

let dns: DnsResponder;
let w: DomainsWorld;

beforeAll(async () => {
  // The in-process responder counts every query that reaches "the DNS".
  dns = await startDnsResponder({ rules: {} });
  w = await startDomainsWorld(dns.resolver);
});
afterAll(async () => {
  await w?.app.close();
  await dns?.close();
});

describe('POST …/verification/check flood (docs/security.md B4, D19)', () => {
  it('answers 429 with Retry-After past verificationCheckPerClient, and sends no DNS query beyond the limit', async () => {
    const { points, duration } = defaultLimits.verificationCheckPerClient;
    const res = await api(w.developer, 'POST', w.base, appClient('flood.example.test'));
    const c = await res.json();
    const url = `${w.base}/${c.client_id}/verification/check`;

    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 50; i++) {
      last = await api(i % 2 ? w.admin : w.developer, 'POST', url);
      statuses.push(last.status);
      if (last.status !== 200) await last.body?.cancel();
      else await last.json();
    }
    expect(statuses).toEqual([...Array(points).fill(200), ...Array(50 - points).fill(429)]);
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(duration);
    // One query per allowed check (one resolver, NXDOMAIN), none for the refused ones.
    expect(dns.queries.filter((q) => q.name.toLowerCase() === '_consentry-challenge.flood.example.test')).toHaveLength(points);

    // The limit is per client: another client of the same account still checks.
    const other = await (await api(w.developer, 'POST', w.base, appClient('calm.example.test'))).json();
    expect((await api(w.developer, 'POST', `${w.base}/${other.client_id}/verification/check`)).status).toBe(200);
  });
});
