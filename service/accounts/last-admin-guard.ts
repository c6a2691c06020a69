import { Conflict, NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { GuardedChange, Membership } from '../storage/stores/accounts-store.js';

const ATTEMPTS = 3;

/**
 * An account always keeps one admin, or nobody could manage its members and settings again.
 * Applies `change` to the member as last read; the store checks "not the last admin" in the same
 * atomic step as the write, so concurrent demotions cannot both pass. When the member changed
 * between the read and the write (`stale`), it reads again and retries a few times.
 *
 * @returns the membership as it was before the change, or undefined when `unchanged` said so
 */
export async function changeKeepingAnAdmin(
  deps: Pick<Deps, 'stores'>,
  target: { accountId: string; userId: string; action: 'remove' | 'demote' },
  change: (member: Membership) => Promise<GuardedChange> | undefined,
): Promise<Membership | undefined> {
  for (let attempt = 1; ; attempt++) {
    const member = await deps.stores.accounts.membership(target.accountId, target.userId);
    if (!member) throw new NotFound('no such member');
    const result = await change(member);
    if (result === undefined) return undefined;
    if (result === 'done') return member;
    if (result === 'last_admin') {
      throw new Conflict(
        target.action === 'remove'
          ? 'the last admin of an account cannot be removed; make another member admin first'
          : 'the last admin of an account cannot be demoted; make another member admin first',
      );
    }
    if (attempt === ATTEMPTS) throw new Conflict('the membership was changed by someone else meanwhile; try again');
  }
}
