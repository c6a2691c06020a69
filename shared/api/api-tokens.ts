import { z } from 'zod';

// The caller's personal API tokens (`/api/v1/user/tokens`).

/** The JSON form of a token (never its hash). */
export const ApiTokenResponse = z
  .object({
    id: z.string().describe('Token id, used to revoke it.'),
    name: z.string().describe('The name given at creation.'),
    created_at: z.iso.datetime().describe('Creation time (ISO 8601).'),
    last_used_at: z.iso.datetime().nullable().describe('Last use, to the minute, or null.'),
    revoked_at: z.iso.datetime().nullable().describe('Revocation time, or null while live.'),
  })
  .describe('A personal API token (without its secret).');
export type ApiTokenResponse = z.infer<typeof ApiTokenResponse>;

export const ApiTokenListResponse = z.object({ tokens: z.array(ApiTokenResponse).describe('Newest first, revoked ones included.') });
export type ApiTokenListResponse = z.infer<typeof ApiTokenListResponse>;

export const CreatedApiTokenResponse = ApiTokenResponse.extend({
  token: z.string().describe('The token (`cst_` + 43 characters): shown in this response only, send it as `Authorization: Bearer`.'),
});
export type CreatedApiTokenResponse = z.infer<typeof CreatedApiTokenResponse>;
