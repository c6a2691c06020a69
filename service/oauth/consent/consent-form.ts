import { z } from 'zod';
import { parseInput } from '../../http/parse-input.js';

/** A checkbox group arrives as one string, several (an array), or not at all. */
const checkboxes = z
  .union([z.string().max(200), z.array(z.string().max(200)).max(100)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const consentForm = z.object({
  _csrf: z.string(),
  request: z.string().min(1).max(100),
  action: z.enum(['approve', 'deny']),
  optional_scope: checkboxes,
  account: checkboxes,
});

/** The consent form: the pending request id, the answer, the optional scopes and accounts left ticked. */
export type ConsentForm = z.output<typeof consentForm>;

/** Parses the posted consent form; a bad field is `400 invalid_request` naming it. */
export function parseConsentForm(body: unknown): ConsentForm {
  return parseInput(consentForm, body);
}
