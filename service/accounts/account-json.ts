import { z } from 'zod';
import type { Account, MemberView, Role } from '../storage/stores/accounts-store.js';
import { roleSchema } from './account-input.js';

/** An account as the API returns it, with the caller's role in it. */
export const AccountResponse = z
  .object({
    id: z.string().describe('Account id.'),
    name: z.string().describe('Account name.'),
    first_party: z.boolean().describe("The operator's own account: its apps carry the first-party shield."),
    third_party_app_access: z
      .boolean()
      .describe('When false, members cannot authorize new public apps of other accounts; existing grants stay.'),
    role: roleSchema.describe("The caller's role in the account."),
    created_at: z.iso.datetime().describe('Creation time (ISO 8601).'),
  })
  .describe('An account (organisation).');
export type AccountResponse = z.infer<typeof AccountResponse>;

export const AccountListResponse = z.object({ accounts: z.array(AccountResponse) }).describe("The caller's accounts, oldest first.");

export const accountJson = (a: Account, role: Role): AccountResponse => ({
  id: a.id,
  name: a.name,
  first_party: a.firstParty,
  third_party_app_access: a.thirdPartyAccess,
  role,
  created_at: new Date(a.createdAt).toISOString(),
});

/** A member of an account as the API returns it. */
export const MemberResponse = z
  .object({
    user_id: z.string().describe('User id.'),
    email: z.string().describe('Email of the user.'),
    name: z.string().describe('Name of the user.'),
    role: roleSchema,
    created_at: z.iso.datetime().describe('When the user joined the account (ISO 8601).'),
  })
  .describe('A member of an account.');
export type MemberResponse = z.infer<typeof MemberResponse>;

export const MemberListResponse = z.object({ members: z.array(MemberResponse) }).describe('Members, oldest first.');

export const memberJson = (m: MemberView): MemberResponse => ({
  user_id: m.userId,
  email: m.email,
  name: m.name,
  role: m.role,
  created_at: new Date(m.createdAt).toISOString(),
});
