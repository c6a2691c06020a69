import type { Deps } from '../deps.js';
import type { Account } from '../storage/stores/accounts-store.js';

export interface CreateAccountInput {
  name: string;
  /** The creator becomes the account's first admin; null when the operator creates it (CLI). */
  ownerUserId: string | null;
  actorUserId: string | null;
  /** The operator's own account: its apps get the first-party shield. Only the CLI sets it. */
  firstParty?: boolean;
  ip?: string | null;
}

/** Creates an account (third-party app access on by default) and makes its creator admin. */
export async function createAccount(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>, input: CreateAccountInput): Promise<Account> {
  const now = deps.clock.now();
  const account: Account = {
    id: deps.random.orderedId(now),
    name: input.name,
    firstParty: input.firstParty ?? false,
    thirdPartyAccess: true,
    createdAt: now,
  };
  // One transaction: an account is never left without its admin.
  await deps.stores.accounts.create(account, input.ownerUserId ?? undefined);
  await deps.audit.record({
    accountId: account.id,
    actorUserId: input.actorUserId,
    action: 'account.created',
    targetType: 'account',
    targetId: account.id,
    data: { name: account.name, first_party: account.firstParty },
    ip: input.ip ?? null,
  });
  return account;
}
