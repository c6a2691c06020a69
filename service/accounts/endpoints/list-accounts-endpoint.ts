import type { RequestHandler } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { sendJson } from '../../http/send-json.js';
import { accountJson } from '../account-json.js';

/** `GET /api/v1/accounts`: the caller's accounts with their role, oldest first. */
export function createListAccountsEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (_req, res) => {
    const { user } = requireAuth(res);
    const accounts = await deps.stores.accounts.forUser(user.id);
    sendJson(res, 200, { accounts: accounts.map((a) => accountJson(a, a.role)) });
  };
}
