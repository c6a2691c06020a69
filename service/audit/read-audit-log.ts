import { z } from 'zod';
import type { Deps } from '../deps.js';

/** One audit event as the API and the audit-log page show it. */
export const AuditEventResponse = z
  .object({
    id: z.string().describe('Time-ordered event id.'),
    action: z.string().describe('Dotted verb, e.g. `account.member_added`.'),
    actor: z
      .object({ id: z.string(), email: z.string() })
      .nullable()
      .describe('Who made the change; null for the operator (CLI) or the service itself.'),
    target_type: z.string().nullable().describe('Kind of thing changed, e.g. `user`, `oauth_client`.'),
    target_id: z.string().nullable().describe('Id of the thing changed.'),
    data: z.record(z.string(), z.unknown()).describe('Details of the change.'),
    ip: z.string().nullable().describe('IP address of the request, if any.'),
    created_at: z.iso.datetime().describe('When it happened (ISO 8601).'),
  })
  .describe('An audit event.');
export type AuditEventResponse = z.infer<typeof AuditEventResponse>;

export const AuditLogResponse = z
  .object({
    events: z.array(AuditEventResponse).describe('Newest first.'),
    next_before: z.string().nullable().describe('Pass as `before` for the next (older) page; null on the last page.'),
  })
  .describe('A page of an account audit log.');
export type AuditLogResponse = z.infer<typeof AuditLogResponse>;

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
