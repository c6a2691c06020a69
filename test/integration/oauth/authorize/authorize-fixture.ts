import { afterAll, beforeAll } from 'vitest';
import type { Account } from '../../../../service/storage/stores/accounts-store.js';
import type { User } from '../../../../service/storage/stores/users-store.js';
import { createAccountWithMember, createUser, signIn, type SignedIn } from '../../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

export const PASSWORD = 'correct horse battery staple';

export interface AuthorizeFixture {
  app: TestApp;
  user: User;
  account: Account;
  session: SignedIn;
  /** Another account (its owner is not `user`) for clients `user` does not belong to. */
  otherAccount: Account;
  /** The issuer as it appears in `iss`. */
  iss: string;
}

/** One app per file: a signed-in user with one account, and a second account they are not in. */
export function useAuthorizeFixture(opts: { env?: Record<string, string> } = {}): AuthorizeFixture {
  const fx = {} as AuthorizeFixture;
  beforeAll(async () => {
    fx.app = await startTestApp({ env: opts.env ?? {}, overrides: { limits: { consentPerUser: { points: 10_000, duration: 60 } } } });
    const deps = fx.app.deps;
    fx.user = await createUser(deps, { email: 'ada@example.test', password: PASSWORD, name: 'Ada' });
    fx.account = await createAccountWithMember(deps, { userId: fx.user.id, role: 'admin', name: 'Ada Corp' });
    const owner = await createUser(deps, { email: 'owner@example.test', password: PASSWORD });
    fx.otherAccount = await createAccountWithMember(deps, { userId: owner.id, role: 'admin', name: 'Publisher Inc' });
    fx.session = await signIn(fx.app, 'ada@example.test', PASSWORD);
    fx.iss = fx.app.url;
  });
  afterAll(async () => {
    await fx.app?.close();
  });
  return fx;
}
