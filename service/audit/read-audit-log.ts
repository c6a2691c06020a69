import type { AuditLogResponse } from '../../shared/api/index.js';
import type { Deps } from '../deps.js';

/** A page of an account's audit log, newest first, keyset-paginated on the time-ordered event id. */
export async function readAuditLog(
  deps: Pick<Deps, 'stores'>,
  accountId: string,
  page: { limit: number; before?: string | undefined },
): Promise<AuditLogResponse> {
  // One extra row tells whether an older page exists without a count query.
  const rows = await deps.stores.audit.forAccount(accountId, { limit: page.limit + 1, ...(page.before ? { before: page.before } : {}) });
  const events = rows.slice(0, page.limit);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const actors = new Map(
    (await Promise.all(actorIds.map((id) => deps.stores.users.byId(id)))).flatMap((u) => (u ? [[u.id, u.email] as const] : [])),
  );
  return {
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actorUserId ? { id: e.actorUserId, email: actors.get(e.actorUserId) ?? '(deleted user)' } : null,
      target_type: e.targetType,
      target_id: e.targetId,
      data: e.data,
      ip: e.ip,
      created_at: new Date(e.createdAt).toISOString(),
    })),
    next_before: rows.length > page.limit ? events.at(-1)!.id : null,
  };
}
