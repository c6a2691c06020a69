import { z } from 'zod';

/** `?limit=&before=` of the audit log (API and page). */
export const auditLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Events per page (1-100, default 50).'),
  before: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an event id')
    .optional()
    .describe('`next_before` of the previous page: only events older than this id.'),
});
