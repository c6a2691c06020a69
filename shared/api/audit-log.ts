import { z } from 'zod';

// An account's audit log (`/api/v1/accounts/:account/audit_log`).

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
