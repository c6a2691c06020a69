import { z } from 'zod';

/** Ids are ours (time-ordered base64url); anything else cannot name a row, so it is refused early. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id');

/** `/accounts/:account`. */
export const accountParams = z.object({ account: id.describe('Account id.') });

/** `/accounts/:account/members/:user_id`. */
export const memberParams = accountParams.extend({ user_id: id.describe('User id of the member.') });
