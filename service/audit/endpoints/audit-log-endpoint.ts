import type { RequestHandler } from 'express';
import { accountAccess } from '../../accounts/account-access.js';
import { accountParams } from '../../accounts/endpoints/account-params.js';
import { requireAuth } from '../../auth/auth-context.js';
import type { Deps } from '../../deps.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { auditLogQuery } from '../audit-log-query.js';
import { readAuditLog } from '../read-audit-log.js';

/** `GET /api/v1/accounts/:account/audit_log?limit=&before=`: any member reads, newest first. */
export function createAuditLogEndpoint(deps: Pick<Deps, 'stores'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    const query = parseInput(auditLogQuery, req.query);
    await accountAccess(deps, user.id, accountId, 'member');
    sendJson(res, 200, await readAuditLog(deps, accountId, query));
  };
}
