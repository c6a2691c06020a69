import type { RequestHandler } from 'express';
import { AccessDenied, Forbidden, InvalidRequest, quoteValue } from '../../../shared/errors/index.js';
import { requireAuth, type AuthContext } from '../../auth/auth-context.js';
import { createRequireCsrf } from '../../auth/csrf.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { formBody } from '../../http/body-parsers.js';
import { htmlErrors } from '../../http/error-style.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { ValidatedAuthorization } from '../endpoints/authorization-request.js';
import { redirectToClient } from '../endpoints/authorization-response.js';
import { mayUseClient } from '../policy/may-use-client.js';
import { accountChoices } from './account-choices.js';
import { parseConsentForm, type ConsentForm } from './consent-form.js';
import { scopeStatus } from './consent-view.js';
import { issueCodeAndRedirect } from './issue-code.js';

type ConsentDeps = Pick<Deps, 'config' | 'stores' | 'catalog' | 'clock' | 'random' | 'limiters' | 'audit' | 'logger'>;

/**
 * `POST /oauth2/consent`: the user's answer to one pending authorization request. CSRF-checked
 * (docs/security.md K1); the request is consumed atomically and only for the user it was made for
 * (K2), so an answer never transfers to another transaction or user. Deny → `access_denied`;
 * approve → grant (scopes merged, accounts as chosen), code, `consent.granted` audit; both 303
 * with `state` and `iss` (RFC 9700 §4.12; RFC 9207).
 */
export function createConsentEndpoint(deps: ConsentDeps): RequestHandler[] {
  const answer: RequestHandler = async (req, res) => {
    const auth = requireAuth(res);
    await deps.limiters.consume('consentPerUser', auth.user.id);
    const form = parseConsentForm(req.body);
    const now = deps.clock.now();
    const pending = await deps.stores.authorizationRequests.consume<ValidatedAuthorization>(form.request, auth.user.id, now);
    if (!pending) {
      throw new InvalidRequest('This authorization request has expired or was already answered. Go back to the app and start again.', {
        field: 'request',
      });
    }
    const request = pending.params;
    const client = await deps.stores.clients.byId(pending.clientId);
    if (!client) throw new InvalidRequest('The app no longer exists.', { field: 'request' });
    const iss = deps.config.PUBLIC_URL;
    if (form.action === 'deny') {
      const denied = new AccessDenied('the user denied the request');
      redirectToClient(res, request.redirectUri, { error: denied.code, error_description: denied.description, state: request.state, iss });
      return;
    }
    await approve(deps, auth, { form, request, client, ip: clientIp(req) }, res);
  };

  return [htmlErrors, formBody, createRequireCsrf(deps), answer];
}

async function approve(
  deps: ConsentDeps,
  auth: AuthContext,
  input: { form: ConsentForm; request: ValidatedAuthorization; client: StoredClient; ip: string },
  res: Parameters<RequestHandler>[1],
): Promise<void> {
  const { form, request, client } = input;
  const user = auth.user;
  const grantBefore = await deps.stores.grants.liveFor(user.id, client.client_id);
  const owner = await deps.stores.accounts.byId(client.account_id);

  const offeredOptional = request.scopes.filter((s) => scopeStatus(client, grantBefore, s) === 'optional');
  const strayScope = form.optional_scope.find((s) => !offeredOptional.includes(s));
  if (strayScope !== undefined) throw new InvalidRequest(`scope ${quoteValue(strayScope)} was not offered`, { field: 'optional_scope' });
  const scopes = request.scopes.filter((s) => !offeredOptional.includes(s) || form.optional_scope.includes(s));

  const choices = await accountChoices(deps, user.id, client, owner, grantBefore);
  const accountIds = [...new Set(form.account)];
  const stray = accountIds.find((id) => !choices.some((c) => c.id === id && c.selectable));
  if (stray !== undefined) throw new InvalidRequest('an account that cannot be chosen was submitted', { field: 'account' });
  if (!(await mayUseClient(deps, { user, client, accountIds }))) {
    throw new Forbidden('This app is not available to you: it is private to the account that created it.');
  }

  const now = deps.clock.now();
  const { grant, addedScopes } = await deps.stores.grants.upsertConsent({
    newId: deps.random.orderedId(now),
    userId: user.id,
    clientId: client.client_id,
    scopes,
    accountIds,
    now,
  });
  const data = { client_id: client.client_id, scopes, added_scopes: addedScopes, account_ids: accountIds };
  // One event per chosen account, so each account's audit log shows which app a member let in.
  for (const accountId of accountIds.length ? accountIds : [null]) {
    await deps.audit.record({ accountId, actorUserId: user.id, action: 'consent.granted', targetType: 'grant', targetId: grant.id, data, ip: input.ip });
  }
  await issueCodeAndRedirect(deps, res, { grant, request, scopes, authTime: auth.session?.createdAt ?? now });
}
