import { createPersonalApiToken } from '../../../service/auth/personal-api-tokens.js';
import type { Limits } from '../../../service/http/rate-limiters.js';
import type { ResolverAddress } from '../../../service/dns/resolver-list.js';
import { formatResolver } from '../../../service/dns/resolver-list.js';
import { createAccountWithMember, createUser } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

export interface Person {
  id: string;
  email: string;
  password: string;
  token: string;
}

export interface DomainsWorld {
  app: TestApp;
  accountId: string;
  admin: Person;
  developer: Person;
  /** Admin of a second account (D17: the same host claimed elsewhere). */
  otherAdmin: Person;
  otherAccountId: string;
  base: string;
  otherBase: string;
  clock: { now(): number; advance(ms: number): void };
}

export const T0 = Date.parse('2026-11-20T10:00:00.000Z');
export const PASSWORD = 'correct horse battery staple';

/**
 * The app with its DNS resolvers pointed at `resolver` (dnsmasq or the in-process responder)
 * through `DNS_RESOLVERS`, as an operator would configure it; two accounts with admins and a
 * developer.
 */
export async function startDomainsWorld(resolver: ResolverAddress, limits: Partial<Limits> = {}): Promise<DomainsWorld> {
  let t = T0;
  const clock = { now: () => t, advance: (ms: number) => void (t += ms) };
  const app = await startTestApp({
    env: { DNS_RESOLVERS: formatResolver(resolver) },
    overrides: { clock, limits: { apiWritePerUser: { points: 10_000, duration: 60 }, ...limits } },
  });
  const person = async (email: string): Promise<Person> => {
    const user = await createUser(app.deps, { email, password: PASSWORD });
    const { plaintext } = await createPersonalApiToken(app.deps, user, 'tests', null);
    return { id: user.id, email, password: PASSWORD, token: plaintext };
  };
  const admin = await person('admin@acme.test');
  const account = await createAccountWithMember(app.deps, { userId: admin.id, role: 'admin', name: 'Acme' });
  const developer = await person('dev@acme.test');
  await app.deps.stores.accounts.putMember({ accountId: account.id, userId: developer.id, role: 'developer', createdAt: T0 });
  const otherAdmin = await person('admin@other.test');
  const other = await createAccountWithMember(app.deps, { userId: otherAdmin.id, role: 'admin', name: 'Other Corp' });
  const base = (id: string) => `${app.url}/api/v1/accounts/${id}/oauth_clients`;
  return { app, accountId: account.id, admin, developer, otherAdmin, otherAccountId: other.id, base: base(account.id), otherBase: base(other.id), clock };
}

/** Calls the API as `who` with a Bearer token; a body is sent as JSON. */
export function api(who: Person, method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${who.token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** A client whose client_uri host lives in dnsmasq's `example.test` zone. */
export const appClient = (host: string, over: Record<string, unknown> = {}) => ({
  client_name: 'Zone Deploy',
  redirect_uris: [`https://${host}/callback`],
  scopes: ['zone.read'],
  client_uri: `https://${host}/about`,
  ...over,
});
