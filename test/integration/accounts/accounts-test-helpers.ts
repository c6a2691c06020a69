import { createAccountWithMember, createUser, signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import type { Account, Role } from '../../../service/storage/stores/accounts-store.js';
import type { User } from '../../../service/storage/stores/users-store.js';

export const PASSWORD = 'correct horse battery staple';

/** A clock that moves one second per reading, so audit ids (time-ordered) sort by creation. */
export function tickingClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => (t += 1000) };
}

export interface Crew {
  app: TestApp;
  account: Account;
  users: Record<'admin' | 'developer' | 'member' | 'outsider', User>;
  sessions: Record<'admin' | 'developer' | 'member' | 'outsider', SignedIn>;
}

/** A real app with one account whose admin, developer and member are signed in, plus a signed-in outsider. */
export async function startCrew(): Promise<Crew> {
  const app = await startTestApp({ overrides: { clock: tickingClock(), limits: { apiWritePerUser: { points: 10_000, duration: 60 } } } });
  const make = (name: string) => createUser(app.deps, { email: `${name}@example.test`, password: PASSWORD, name });
  const users = { admin: await make('alice'), developer: await make('bob'), member: await make('carol'), outsider: await make('mallory') };
  const account = await createAccountWithMember(app.deps, { userId: users.admin.id, role: 'admin', name: 'Acme' });
  for (const role of ['developer', 'member'] as const) {
    await app.deps.stores.accounts.putMember({ accountId: account.id, userId: users[role].id, role, createdAt: app.deps.clock.now() });
  }
  const sessions = {
    admin: await signIn(app, users.admin.email, PASSWORD),
    developer: await signIn(app, users.developer.email, PASSWORD),
    member: await signIn(app, users.member.email, PASSWORD),
    outsider: await signIn(app, users.outsider.email, PASSWORD),
  };
  return { app, account, users, sessions };
}

/** Calls the management API with a dashboard session (cookie + X-CSRF-Token on writes). */
export async function api(
  app: TestApp,
  who: SignedIn,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${app.url}/api/v1${path}`, {
    method,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** The account's audit events, newest first, as stored. */
export async function auditActions(app: TestApp, accountId: string): Promise<string[]> {
  return (await app.deps.stores.audit.forAccount(accountId, { limit: 100 })).map((e) => e.action);
}

export const iso = (ms: number) => new Date(ms).toISOString();

export type { Role };
