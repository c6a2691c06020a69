import { sha256 } from '../../service/ports/random.js';
import type { Deps } from '../../service/deps.js';
import type { Account, Role } from '../../service/storage/stores/accounts-store.js';
import type { User } from '../../service/storage/stores/users-store.js';
import type { TestApp } from './test-app.js';

/** A user created straight through the store, with an argon2id hash of `password`. */
export async function createUser(
  deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'passwords'>,
  input: { email: string; password: string; name?: string; disabled?: boolean },
): Promise<User> {
  const now = deps.clock.now();
  const user = await deps.stores.users.create({
    id: deps.random.orderedId(now),
    email: input.email,
    name: input.name ?? input.email.split('@')[0]!,
    passwordHash: await deps.passwords.hash(input.password),
    createdAt: now,
    disabled: input.disabled ?? false,
  });
  if (!user) throw new Error(`fixture: a user with email ${input.email} already exists`);
  return user;
}

/** An account with `userId` as its member in `role`. */
export async function createAccountWithMember(
  deps: Pick<Deps, 'stores' | 'clock' | 'random'>,
  input: { userId: string; role: Role; name?: string; firstParty?: boolean },
): Promise<Account> {
  const now = deps.clock.now();
  const account: Account = {
    id: deps.random.orderedId(now),
    name: input.name ?? 'Test account',
    firstParty: input.firstParty ?? false,
    thirdPartyAccess: true,
    createdAt: now,
  };
  await deps.stores.accounts.create(account);
  await deps.stores.accounts.putMember({ accountId: account.id, userId: input.userId, role: input.role, createdAt: now });
  return account;
}

export interface SignedIn {
  /** `Cookie` header value to send with later requests. */
  cookie: string;
  /** The session's CSRF token: `_csrf` form field or `X-CSRF-Token` header. */
  csrfToken: string;
}

/** Signs in through the real login form (GET for the pre-session CSRF token, then POST). */
export async function signIn(app: TestApp, email: string, password: string): Promise<SignedIn> {
  const form = await fetch(`${app.url}/login`);
  const pre = cookiePair(form.headers.getSetCookie(), 'consentry_csrf');
  const preToken = hiddenCsrf(await form.text());
  const res = await fetch(`${app.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre },
    body: new URLSearchParams({ _csrf: preToken, email, password }),
  });
  if (res.status !== 303) throw new Error(`fixture: sign-in as ${email} answered ${res.status}`);
  const cookie = cookiePair(res.headers.getSetCookie(), 'consentry_session');
  const session = await app.deps.stores.sessions.active(sha256(cookie.split('=')[1]!), app.deps.clock.now());
  if (!session) throw new Error('fixture: no session row after sign-in');
  return { cookie, csrfToken: session.csrfToken };
}

/** `name=value` of the named cookie in a list of Set-Cookie headers. */
export function cookiePair(setCookies: string[], name: string): string {
  const header = setCookies.find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`fixture: no ${name} cookie was set`);
  return header.split(';')[0]!;
}

/** The value of the first `_csrf` hidden field of an HTML page. */
export function hiddenCsrf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('fixture: no _csrf field on the page');
  return m[1]!;
}
