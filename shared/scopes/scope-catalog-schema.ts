import { z } from 'zod';
import { RISK_TIERS } from './risk.js';
import { MAX_SCOPE_TOKEN_LENGTH, SCOPE_TOKEN_PATTERN } from './scope-token.js';

/** One scope of a catalog. */
export const scopeDefinitionSchema = z
  .object({
    id: z
      .string()
      .max(MAX_SCOPE_TOKEN_LENGTH)
      .regex(SCOPE_TOKEN_PATTERN, 'must be an RFC 6749 §3.3 scope token (printable ASCII, no space, " or \\)')
      .describe('Scope id as sent in the `scope` parameter, e.g. `zone.read`.'),
    name: z.string().trim().min(1).max(80).describe('Short name shown on the consent page.'),
    category: z.string().trim().min(1).max(40).describe('Group heading on the consent page, e.g. `DNS`.'),
    description: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .describe('One sentence saying what an app holding this scope can do.'),
    risk: z.enum(RISK_TIERS).describe('Risk tier: identity < read < write < admin.'),
    protocol: z
      .boolean()
      .optional()
      .describe('True for OAuth/OpenID protocol scopes (`openid`, `offline_access`, ...).'),
    lasting: z
      .boolean()
      .optional()
      .describe('True when the scope grants access that lasts until revoked (`offline_access`).'),
  })
  .strict();

/**
 * Schema of a scope catalog: `{ version: 1, scopes: [...] }` with unique ids. Operators may load
 * their own catalog (JSON); see `parseScopeCatalog`.
 */
export const scopeCatalogSchema = z
  .object({
    version: z.literal(1).describe('Catalog format version.'),
    scopes: z.array(scopeDefinitionSchema).min(1).describe('Every scope the service knows.'),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.scopes.forEach((scope, index) => {
      if (seen.has(scope.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate scope id "${scope.id}"`,
          path: ['scopes', index, 'id'],
        });
      }
      seen.add(scope.id);
    });
  });

/** One scope of a catalog, as validated. */
export type ScopeDefinition = z.infer<typeof scopeDefinitionSchema>;

/** A validated scope catalog. */
export type ScopeCatalogData = z.infer<typeof scopeCatalogSchema>;

/** What {@link ScopeCatalogData}-accepting code takes: also fits `as const` data. */
export interface ScopeCatalogInput {
  readonly version: 1;
  readonly scopes: readonly ScopeDefinition[];
}
