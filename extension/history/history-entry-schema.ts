import { z } from 'zod';
import { NAVIGATION_STARTS } from '../../shared/inspector/navigation.js';
import { VERDICTS, type HistoryEntry } from '../../shared/inspector/inspection.js';
import { RISK_TIERS } from '../../shared/scopes/risk.js';

/**
 * One history entry as read back from `storage.local`, which content scripts can also reach:
 * entries that do not match are dropped rather than shown or exported.
 */
export const historyEntrySchema = z
  .object({
    provider: z.string().min(1).max(100),
    clientId: z.string().min(1).max(500),
    redirectHost: z.string().min(1).max(300).optional(),
    scopes: z.array(z.string().min(1).max(500)).max(200),
    lasting: z.boolean(),
    verdict: z.enum(VERDICTS),
    risk: z.enum([...RISK_TIERS, 'unknown']),
    at: z.number().int().nonnegative(),
    start: z.enum(NAVIGATION_STARTS),
  })
  .strict() satisfies z.ZodType<HistoryEntry>;
