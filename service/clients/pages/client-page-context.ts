import type { Response } from 'express';
import { formFailure } from '../../http/form-failure.js';
import { accountAccess, canWriteClients } from '../../accounts/account-access.js';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import type { ClientFormErrors } from '../../ui/components/client-form-fields.js';
import type { ClientPageContext } from '../../ui/components/client-page-shell.js';

/** The signed-in viewer, the account (404 for outsiders) and whether they may change clients. */
export async function loadClientPageContext(deps: Pick<Deps, 'stores'>, res: Response, accountId: string): Promise<ClientPageContext> {
  const { user } = requireAuth(res);
  const { account, role } = await accountAccess(deps, user.id, accountId, 'member');
  return {
    user: { name: user.name, email: user.email },
    csrfToken: csrfTokenFor(res),
    account: { id: account.id, name: account.name, firstParty: account.firstParty },
    role,
    canWrite: canWriteClients(role),
  };
}

/**
 * A refused form input (400 naming a field) becomes an inline error next to that field; any
 * other error (403, 404, 429, …) is rethrown for the error page.
 */
export async function attemptForm<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: ClientFormErrors }> {
  try {
    return { ok: true, value: await work };
  } catch (err) {
    const e = formFailure(err, [400]);
    return { ok: false, errors: { [e.field ?? 'client_name']: e.description } };
  }
}
