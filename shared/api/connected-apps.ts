import { z } from 'zod';
import { Shield } from './shield.js';

// Connected apps: the grants of the signed-in user (`/api/v1/user/grants`) and of an account's
// members (`/api/v1/accounts/:account/grants`, admins).

/** One grant (connected app) of the signed-in user or of an account's members. */
export const GrantSummary = z
  .object({
    grant_id: z.string().describe('Grant identifier, used to revoke it.'),
    client: z.object({
      client_id: z.string(),
      client_name: z.string(),
      logo_uri: z.string().nullable(),
      shield: Shield,
    }),
    scopes: z.array(z.string()).describe('Granted scopes.'),
    accounts: z.array(z.object({ id: z.string(), name: z.string() })).describe('Accounts chosen on the consent page.'),
    granted_at: z.iso.datetime().describe('When consent was given (ISO 8601).'),
    last_used_at: z.iso.datetime().nullable().describe('Last token use, or null.'),
  })
  .describe('A grant given to an app.');
export type GrantSummary = z.infer<typeof GrantSummary>;

const nextCursor = z.string().nullable().describe('Pass as `cursor` for the next (older) page; null on the last page.');

/** `GET /api/v1/user/grants`: the signed-in user's connected apps, one page. */
export const UserGrantsResponse = z
  .object({ grants: z.array(GrantSummary), next_cursor: nextCursor })
  .describe("The caller's grants, newest first, one page.");
export type UserGrantsResponse = z.infer<typeof UserGrantsResponse>;

/** A grant as account admins see it: whose it is, too. */
export const AccountGrantSummary = GrantSummary.extend({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }).describe('The member who gave the grant.'),
}).describe("A grant held by one of the account's members.");
export type AccountGrantSummary = z.infer<typeof AccountGrantSummary>;

/** `GET /api/v1/accounts/:account/grants`. */
export const AccountGrantsResponse = z
  .object({ grants: z.array(AccountGrantSummary), next_cursor: nextCursor })
  .describe("Grants held by the account's members, newest first, one page.");
export type AccountGrantsResponse = z.infer<typeof AccountGrantsResponse>;

/** `GET /api/v1/accounts/:account/oauth_clients/:client_id/grants_count`: how many users authorize the client. */
export const GrantsCountResponse = z.object({ client_id: z.string(), authorized_users: z.number().int() }).describe('Users with a live grant.');
export type GrantsCountResponse = z.infer<typeof GrantsCountResponse>;
