import type { z } from 'zod';
import { scopeCatalogSchema, type ScopeCatalogData } from './scope-catalog-schema.js';

/** How many problems the error message lists before saying "and N more". */
const MAX_LISTED_ISSUES = 5;

/**
 * Validates an operator-supplied scope catalog (already parsed from JSON) at start-up.
 *
 * @param json - the parsed file contents
 * @returns the validated catalog
 * @throws Error naming each problem by its path, e.g.
 *   `invalid scope catalog: scopes[3].risk: Invalid option: expected one of ...`
 */
export function parseScopeCatalog(json: unknown): ScopeCatalogData {
  const result = scopeCatalogSchema.safeParse(json);
  if (result.success) return result.data;
  throw new Error(`invalid scope catalog: ${formatIssues(result.error.issues)}`, { cause: result.error });
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length - listed.length;
  return listed.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** Renders `['scopes', 3, 'risk']` as `scopes[3].risk` (`(root)` for the empty path). */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
