import { createPersonalApiToken } from '../../../service/auth/personal-api-tokens.js';
import type { Role } from '../../../service/storage/stores/accounts-store.js';
import { createAccountWithMember, createUser, signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

export interface Person {
  id: string;
  email: string;
  password: string;
  /** A personal API token (Bearer). */
  token: string;
}

export interface ClientsWorld {
  app: TestApp;
  accountId: string;
  /** Members of the account by role, and someone who is not a member. */
  admin: Person;
  developer: Person;
  member: Person;
  outsider: Person;
  /** `/api/v1/accounts/<account>/oauth_clients` on the test server. */
  base: string;
  /** The app's clock: tests move it to see `updated_at` change. */
  clock: { now(): number; advance(ms: number): void };
}

/** Where the test clock starts. */
export const T0 = Date.parse('2026-11-20T10:00:00.000Z');

/** One app with an account (admin, developer, member) and an outsider who has an account of their own. */
export async function startClientsWorld(): Promise<ClientsWorld> {
  let t = T0;
  const clock = { now: () => t, advance: (ms: number) => void (t += ms) };
  const app = await startTestApp({ overrides: { clock, limits: { apiWritePerUser: { points: 10_000, duration: 60 } } } });
  const person = async (email: string): Promise<Person> => {
    const password = 'correct horse battery staple';
    const user = await createUser(app.deps, { email, password });
    const { plaintext } = await createPersonalApiToken(app.deps, user, 'tests', null);
    return { id: user.id, email, password, token: plaintext };
  };
  const admin = await person('admin@acme.test');
  const account = await createAccountWithMember(app.deps, { userId: admin.id, role: 'admin', name: 'Acme' });
  const add = async (p: Person, role: Role) =>
    app.deps.stores.accounts.putMember({ accountId: account.id, userId: p.id, role, createdAt: app.deps.clock.now() });
  const developer = await person('dev@acme.test');
  await add(developer, 'developer');
  const member = await person('member@acme.test');
  await add(member, 'member');
  const outsider = await person('outsider@other.test');
  await createAccountWithMember(app.deps, { userId: outsider.id, role: 'admin', name: 'Other' });
  return { app, accountId: account.id, admin, developer, member, outsider, base: `${app.url}/api/v1/accounts/${account.id}/oauth_clients`, clock };
}

/** Calls the API as `who` with a Bearer token; a body is sent as JSON. */
export function api(who: Person, method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${who.token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** Signs `who` in through the login form (cookie + CSRF token). */
export const session = (world: ClientsWorld, who: Person): Promise<SignedIn> => signIn(world.app, who.email, who.password);

/** A valid confidential web client. */
export const webClient = {
  client_name: 'Acme Deploy',
  redirect_uris: ['https://deploy.acme.example/callback'],
  scopes: ['zone.read', 'dns.write'],
  optional_scopes: ['analytics.read'],
  client_uri: 'https://deploy.acme.example',
  contacts: ['ops@acme.example'],
};

/** A valid public native client. */
export const nativeClient = {
  client_name: 'Acme CLI',
  redirect_uris: ['http://127.0.0.1/callback'],
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code'],
  scopes: ['zone.read'],
};
