import { z } from 'zod';

// Accounts and their members (`/api/v1/accounts`).

export const ROLES = ['admin', 'developer', 'member'] as const;

/** `admin` manages members and settings, `developer` manages OAuth clients, `member` reads. */
export const Role = z.enum(ROLES).describe('Role in the account: admin, developer or member.');
export type Role = z.infer<typeof Role>;

/** An account as the API returns it, with the caller's role in it. */
export const AccountResponse = z
  .object({
    id: z.string().describe('Account id.'),
    name: z.string().describe('Account name.'),
    first_party: z.boolean().describe("The operator's own account: its apps carry the first-party shield."),
    third_party_app_access: z
      .boolean()
      .describe('When false, members cannot authorize new public apps of other accounts; existing grants stay.'),
    role: Role.describe("The caller's role in the account."),
    created_at: z.iso.datetime().describe('Creation time (ISO 8601).'),
  })
  .describe('An account (organisation).');
export type AccountResponse = z.infer<typeof AccountResponse>;

export const AccountListResponse = z.object({ accounts: z.array(AccountResponse) }).describe("The caller's accounts, oldest first.");
export type AccountListResponse = z.infer<typeof AccountListResponse>;

/** A member of an account as the API returns it. */
export const MemberResponse = z
  .object({
    user_id: z.string().describe('User id.'),
    email: z.string().describe('Email of the user.'),
    name: z.string().describe('Name of the user.'),
    role: Role,
    created_at: z.iso.datetime().describe('When the user joined the account (ISO 8601).'),
  })
  .describe('A member of an account.');
export type MemberResponse = z.infer<typeof MemberResponse>;

export const MemberListResponse = z.object({ members: z.array(MemberResponse) }).describe('Members, oldest first.');
export type MemberListResponse = z.infer<typeof MemberListResponse>;
