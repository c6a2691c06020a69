import { Conflict } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { Membership } from '../storage/stores/accounts-store.js';

/** An account always keeps one admin, or nobody could manage its members and settings again. */
export async function assertNotLastAdmin(deps: Pick<Deps, 'stores'>, m: Membership, action: 'remove' | 'demote'): Promise<void> {
  if (m.role !== 'admin') return;
  if ((await deps.stores.accounts.countAdmins(m.accountId)) > 1) return;
  throw new Conflict(
    action === 'remove'
      ? 'the last admin of an account cannot be removed; make another member admin first'
      : 'the last admin of an account cannot be demoted; make another member admin first',
  );
}
