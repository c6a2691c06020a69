import type { RequestHandler } from 'express';
import type { Deps } from '../../deps.js';
import { sendJson } from '../../http/send-json.js';
import { requireAuth } from '../auth-context.js';
import { apiTokenToWire } from '../personal-api-tokens.js';

/** `GET /api/v1/user/tokens`: the caller's personal API tokens, newest first (never the secrets). */
export function createListApiTokensEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (_req, res) => {
    const { user } = requireAuth(res);
    const tokens = await deps.stores.apiTokens.forUser(user.id);
    sendJson(res, 200, { tokens: tokens.map(apiTokenToWire) });
  };
}
