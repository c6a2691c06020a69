import type { z } from 'zod';
import { quoteValue, ValidationFailed } from '../../shared/errors/index.js';

/**
 * The first problem zod found, as the field it concerns: unknown keys are reported first, so a
 * typo is named instead of hidden behind a consequence of it. Both the management API's
 * `invalid_request` and the RFC 7591 client metadata errors are built from it.
 */
export function firstIssue(error: z.ZodError): { unknownKey: string } | { unknownKey?: undefined; path: string[]; message: string } {
  const issues = [...error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = issues[0]!;
  if (issue.code === 'unrecognized_keys') return { unknownKey: issue.keys[0]! };
  return { path: issue.path.map(String), message: issue.message };
}

/**
 * Parses a management-API body, query or route params with a zod schema and turns the first
 * problem into `400 invalid_request` naming the field. (Client metadata has its own RFC 7591
 * error codes: service/clients/parse-client-metadata.ts.)
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  if (issue.unknownKey !== undefined) throw new ValidationFailed(`unknown field ${quoteValue(issue.unknownKey)}`, { field: issue.unknownKey });
  const field = issue.path.join('.');
  throw new ValidationFailed(field ? `${field}: ${issue.message}` : issue.message, { field: field || 'body' });
}
