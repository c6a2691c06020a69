import { AccountGrantsResponse, UserGrantsResponse, type GrantsCountResponse } from '../../shared/api/index.js';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { NotFound } from '../../shared/errors/index.js';
import { accountAccess } from '../accounts/account-access.js';
import { accountParams } from '../accounts/endpoints/account-params.js';
import { clientParams } from '../clients/endpoints/client-params.js';
import { requireAuth } from '../auth/auth-context.js';
import { clientIp } from '../http/client-address.js';
import type { Deps } from '../deps.js';
import { parseInput } from '../http/parse-input.js';
import { sendJson } from '../http/send-json.js';
import { grantListQuery, readGrantPage } from './grant-pages.js';
import { toGrantSummaries, withoutUser } from './grant-summaries.js';
import { revokeMemberGrant, revokeOwnGrant } from './revoke-grant.js';

type GrantsDeps = Pick<Deps, 'stores' | 'clock' | 'audit' | 'limiters'>;

/** `/user/grants/:grant_id`. */
export const grantParams = z.object({ grant_id: z.string().min(1).max(200).describe('Grant id.') });
/** `/accounts/:account/grants/:grant_id`. */
export const accountGrantParams = accountParams.extend(grantParams.shape);

/** `GET /api/v1/user/grants`: the apps the caller authorized, one page (`?limit=&cursor=`). */
export function createListUserGrantsEndpoint(deps: GrantsDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const page = await readGrantPage((p) => deps.stores.grants.forUser(user.id, p), parseInput(grantListQuery, req.query));
    const grants = (await toGrantSummaries(deps, page.grants)).map(withoutUser);
    sendJson(res, 200, UserGrantsResponse.parse({ grants, next_cursor: page.nextCursor }));
  };
}

/** `DELETE /api/v1/user/grants/:grant_id`: revoke one of the caller's grants and all its tokens. */
export function createRevokeUserGrantEndpoint(deps: GrantsDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { grant_id } = parseInput(grantParams, req.params);
    await revokeOwnGrant(deps, { userId: user.id, grantId: grant_id, ip: clientIp(req) });
    res.status(204).end();
  };
}

/** `GET /api/v1/accounts/:account/grants`: grants held by the account's members (admins only), one page. */
export function createListAccountGrantsEndpoint(deps: GrantsDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account } = parseInput(accountParams, req.params);
    const query = parseInput(grantListQuery, req.query);
    await accountAccess(deps, user.id, account, 'admin');
    const page = await readGrantPage((p) => deps.stores.grants.forAccountMembers(account, p), query);
    const grants = await toGrantSummaries(deps, page.grants);
    sendJson(res, 200, AccountGrantsResponse.parse({ grants, next_cursor: page.nextCursor }));
  };
}

/** `DELETE /api/v1/accounts/:account/grants/:grant_id`: an admin revokes a member's grant. */
export function createRevokeAccountGrantEndpoint(deps: GrantsDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account, grant_id } = parseInput(accountGrantParams, req.params);
    await revokeMemberGrant(deps, { userId: user.id, accountId: account, grantId: grant_id, ip: clientIp(req) });
    res.status(204).end();
  };
}

/** `GET /api/v1/accounts/:account/oauth_clients/:client_id/grants_count` (any member of the owning account). */
export function createClientGrantsCountEndpoint(deps: GrantsDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account, client_id } = parseInput(clientParams, req.params);
    await accountAccess(deps, user.id, account);
    const client = await deps.stores.clients.byId(client_id);
    if (!client || client.account_id !== account) throw new NotFound('no such client');
    const authorized_users = await deps.stores.grants.countForClient(client_id);
    sendJson(res, 200, { client_id, authorized_users } satisfies GrantsCountResponse);
  };
}
