import type { RequestHandler } from 'express';
import { z } from 'zod';
import { NotFound } from '../../../shared/errors/index.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { pickParams } from '../../http/pick-params.js';
import { sendJson } from '../../http/send-json.js';
import { publicClientInfo } from '../public-client-info.js';

export const publicClientParams = z.object({
  client_id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a client_id').describe('The OAuth client identifier.'),
});

export const publicClientQuery = z.object({
  redirect_uri: z.string().max(2000).optional().describe('A redirect URI to check against the registration (public clients).'),
});

/**
 * `GET /api/v1/public/clients/:client_id[?redirect_uri=…]`: public facts about a client, for the
 * browser extension. Unknown → 404 `not_found`; private → existence only.
 */
export function createGetPublicClientEndpoint(deps: Pick<Deps, 'stores' | 'catalog'>): RequestHandler {
  return async (req, res) => {
    const { client_id } = parseInput(publicClientParams, req.params);
    const { redirect_uri } = pickParams(req.query, ['redirect_uri'], { maxLength: 2000 });
    const client = await deps.stores.clients.byId(client_id);
    if (!client) throw new NotFound('no such OAuth client');
    sendJson(res, 200, await publicClientInfo(deps, client, redirect_uri));
  };
}
