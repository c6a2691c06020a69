import type { AccountResponse, MemberResponse } from '../../shared/api/index.js';
import type { Account, MemberView, Role } from '../storage/stores/accounts-store.js';

/** An account as the API returns it, with the caller's role in it. */

export const accountJson = (a: Account, role: Role): AccountResponse => ({
  id: a.id,
  name: a.name,
  first_party: a.firstParty,
  third_party_app_access: a.thirdPartyAccess,
  role,
  created_at: new Date(a.createdAt).toISOString(),
});

/** A member of an account as the API returns it. */
export const memberJson = (m: MemberView): MemberResponse => ({
  user_id: m.userId,
  email: m.email,
  name: m.name,
  role: m.role,
  created_at: new Date(m.createdAt).toISOString(),
});
