import { z } from 'zod';
import { accountParams } from '../../accounts/endpoints/account-params.js';

/** `/accounts/:account/oauth_clients/:client_id`; client ids are 22 base64url characters. */
export const clientParams = accountParams.extend({
  client_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a client_id')
    .describe('The OAuth client identifier.'),
});
