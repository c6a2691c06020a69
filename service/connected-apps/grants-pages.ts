import type { RequestHandler } from 'express';
import type { ScopeCatalog } from '../../shared/scopes/index.js';
import { accountAccess } from '../accounts/account-access.js';
import { requireAuth } from '../auth/auth-context.js';
import { csrfTokenFor } from '../auth/csrf.js';
import { clientIp } from '../http/client-address.js';
import type { Deps } from '../deps.js';
import { parseInput } from '../http/parse-input.js';
import type { GrantedScope } from '../ui/components/grant-card.js';
import { renderAccountGrantsPage } from '../ui/pages/account-grants-page.js';
import { renderConnectedAppsPage } from '../ui/pages/connected-apps-page.js';
import { accountParams } from '../accounts/endpoints/account-params.js';
import { accountGrantParams, grantParams } from './grants-endpoints.js';
import { readGrantPage } from './grant-pages.js';
import { toGrantSummaries, withoutUser } from './grant-summaries.js';
import { revokeMemberGrant, revokeOwnGrant } from './revoke-grant.js';

type PagesDeps = Pick<Deps, 'stores' | 'clock' | 'audit' | 'catalog' | 'limiters'>;

const REVOKED = 'Access revoked. The app can no longer use the grant or any token it held.';
const enc = encodeURIComponent;
/** `?after=` of the paged lists (the `next_cursor` of the page before); anything else is page one. */
const afterParam = (v: unknown) => (typeof v === 'string' && v !== '' && v.length <= 400 ? v : undefined);

function grantedScopes(catalog: ScopeCatalog, ids: string[]): GrantedScope[] {
  return ids.map((id) => {
    const s = catalog.get(id);
    return { id, name: s?.name ?? id, risk: s?.risk ?? 'unknown' };
  });
}

/** `GET /connected-apps`: the signed-in user's grants. */
export function createConnectedAppsPage(deps: PagesDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const page = await readGrantPage((p) => deps.stores.grants.forUser(user.id, p), { cursor: afterParam(req.query.after) });
    const grants = (await toGrantSummaries(deps, page.grants)).map(withoutUser);
    renderConnectedAppsPage(res, {
      olderHref: page.nextCursor === null ? undefined : `/connected-apps?after=${enc(page.nextCursor)}`,
      user,
      csrfToken: csrfTokenFor(res),
      notice: req.query.revoked === '1' ? REVOKED : undefined,
      grants: grants.map((grant) => ({
        grant,
        scopes: grantedScopes(deps.catalog, grant.scopes),
        revokeAction: `/connected-apps/${enc(grant.grant_id)}/revoke`,
      })),
    });
  };
}

/** `POST /connected-apps/:grant_id/revoke` (CSRF form): revoke, then 303 back to the list. */
export function createRevokeConnectedAppForm(deps: PagesDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { grant_id } = parseInput(grantParams, req.params);
    await revokeOwnGrant(deps, { userId: user.id, grantId: grant_id, ip: clientIp(req) });
    res.redirect(303, '/connected-apps?revoked=1');
  };
}

/** `GET /accounts/:account/grants`: grants held by the account's members (admins only). */
export function createAccountGrantsPage(deps: PagesDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    const { account, role } = await accountAccess(deps, user.id, accountId, 'admin');
    const page = await readGrantPage((p) => deps.stores.grants.forAccountMembers(account.id, p), { cursor: afterParam(req.query.after) });
    const grants = await toGrantSummaries(deps, page.grants);
    renderAccountGrantsPage(res, {
      olderHref: page.nextCursor === null ? undefined : `/accounts/${enc(account.id)}/grants?after=${enc(page.nextCursor)}`,
      user,
      csrfToken: csrfTokenFor(res),
      account,
      role,
      notice: req.query.revoked === '1' ? REVOKED : undefined,
      grants: grants.map((grant) => ({
        grant,
        scopes: grantedScopes(deps.catalog, grant.scopes),
        revokeAction: `/accounts/${enc(account.id)}/grants/${enc(grant.grant_id)}/revoke`,
      })),
    });
  };
}

/** `POST /accounts/:account/grants/:grant_id/revoke` (CSRF form, admins). */
export function createRevokeAccountGrantForm(deps: PagesDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account, grant_id } = parseInput(accountGrantParams, req.params);
    await revokeMemberGrant(deps, { userId: user.id, accountId: account, grantId: grant_id, ip: clientIp(req) });
    res.redirect(303, `/accounts/${enc(account)}/grants?revoked=1`);
  };
}
