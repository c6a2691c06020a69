import type { z } from 'zod';
import { quoteValue, ValidationFailed } from '../../shared/errors/index.js';

/**
 * Parses a management-API body, query or route params with a zod schema and turns the first
 * problem into `400 invalid_request` naming the field. Unknown keys are reported first, so a
 * typo is named instead of hidden behind a consequence of it. (Client metadata has its own
 * RFC 7591 error codes: service/clients/parse-client-metadata.ts.)
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const issue = issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new ValidationFailed(`unknown field ${quoteValue(key)}`, { field: key });
  }
  const field = issue.path.map(String).join('.');
  throw new ValidationFailed(field ? `${field}: ${issue.message}` : issue.message, { field: field || 'body' });
}
