import type { z } from 'zod';
import { InvalidClientMetadata, InvalidRedirectUri, quoteValue } from '../../shared/errors/index.js';
import { hasControlChar } from '../../shared/oauth/index.js';
import { firstIssue } from '../http/parse-input.js';

/**
 * Parses a create or change body with the shared client schema (shared/oauth/client-metadata.ts)
 * and turns the first problem (http/parse-input.ts `firstIssue`) into the RFC 7591 §3.2.2 error
 * naming the field: `invalid_redirect_uri` for `redirect_uris`, `invalid_client_metadata` for
 * everything else.
 */
export function parseClientMetadata<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.output<S> {
  rejectControlCharacters(body);
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  if (issue.unknownKey !== undefined) throw new InvalidClientMetadata(`unknown field ${quoteValue(issue.unknownKey)}`, { field: issue.unknownKey });
  const field = issue.path[0] ?? '';
  const where = issue.path.join('.');
  if (field === 'redirect_uris') throw new InvalidRedirectUri(`${where}: ${issue.message}`, { field });
  throw new InvalidClientMetadata(`${where}: ${issue.message}`, { field });
}

/**
 * NUL and other controls are refused in every string of the body, whatever the field's own
 * rules are: they truncate or reorder text in logs, databases and the consent page.
 */
function rejectControlCharacters(body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    const strings = Array.isArray(value) ? value : [value];
    if (strings.some((s) => typeof s === 'string' && hasControlChar(s))) {
      const Err = key === 'redirect_uris' ? InvalidRedirectUri : InvalidClientMetadata;
      throw new Err(`${key} must not contain control characters`, { field: key });
    }
  }
}
