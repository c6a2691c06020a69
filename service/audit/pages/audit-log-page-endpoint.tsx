import type { RequestHandler } from 'express';
import { accountAccess } from '../../accounts/account-access.js';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { AuditLogPage } from '../../ui/pages/audit-log-page.js';
import { renderPage } from '../../ui/render-page.js';
import { auditLogQuery } from '../audit-log-query.js';
import { readAuditLog } from '../read-audit-log.js';

/** `GET /accounts/:account/audit-log?before=`: any member reads the account's audit log. */
export function createAuditLogPageEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    const query = parseInput(auditLogQuery, req.query);
    const { account, role } = await accountAccess(deps, user.id, accountId, 'member');
    const page = await readAuditLog(deps, accountId, query);
    renderPage(
      res,
      <AuditLogPage
        user={user}
        csrfToken={csrfTokenFor(res)}
        account={account}
        role={role}
        events={page.events}
        before={query.before}
        nextBefore={page.next_before}
      />,
    );
  };
}
