import { z } from 'zod';
import { RISK_TIERS } from '../scopes/risk.js';
import { scopeDefinitionSchema } from '../scopes/scope-catalog-schema.js';

/**
 * How a provider itself classifies a scope, where it publishes such a class: Google's
 * "sensitive" and "restricted" scopes (OAuth app verification), or any provider's equivalent.
 */
export const PROVIDER_SENSITIVITIES = ['sensitive', 'restricted'] as const;

/** One of {@link PROVIDER_SENSITIVITIES}. */
export type ProviderSensitivity = (typeof PROVIDER_SENSITIVITIES)[number];

/**
 * One scope of a third-party provider, in the shape of Consentry's own catalog entries (so a
 * provider catalog is a `ScopeCatalog` too) plus what the provider's documentation says about it.
 * `id` is the scope exactly as the provider documents it (`repo`, `chat:write`, `Mail.Read`,
 * `https://www.googleapis.com/auth/gmail.send`); spellings the provider also accepts for the same
 * scope are `aliases`. `description` says in plain words what an app holding it can do.
 */
export const providerScopeSchema = scopeDefinitionSchema
  .extend({
    sensitivity: z.enum(PROVIDER_SENSITIVITIES).optional().describe("The provider's own class, e.g. Google's restricted scopes."),
    adminConsent: z.boolean().optional().describe('True when the provider requires an administrator to consent (Microsoft Graph).'),
    aliases: z.array(z.string().min(1).max(200)).optional().describe('Other spellings the provider accepts for this scope.'),
  })
  .strict();

/** One scope of a provider catalog. */
export type ProviderScope = z.infer<typeof providerScopeSchema>;

/**
 * Risk of a request without any scope: a tier, or `unknown` where the provider then grants
 * whatever the app registered (Dropbox, Zoom, Salesforce, Entra v1), which the URL does not show.
 * RFC 6749 §3.3 lets a server either apply a pre-defined default or refuse such a request.
 */
export const NO_SCOPE_RISKS = [...RISK_TIERS, 'unknown'] as const;

/** One of {@link NO_SCOPE_RISKS}. */
export type NoScopeRisk = (typeof NO_SCOPE_RISKS)[number];

/** A page of the provider's documentation that a catalog's entries were taken from. */
export const catalogSourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().url(),
    retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date the page was read, YYYY-MM-DD.'),
  })
  .strict();

/**
 * The scope catalog of one provider: data only, each entry taken from the provider's published
 * documentation (listed in `sources`), with `noScope` saying what a request without any scope
 * gets from this provider.
 */
export const providerScopeCatalogSchema = z
  .object({
    catalog: z.string().regex(/^[a-z0-9-]+$/).describe('Catalog id, e.g. `google`.'),
    provider: z.string().min(1).describe('Provider name shown to users, e.g. `Google`.'),
    sources: z.array(catalogSourceSchema).min(1),
    noScope: z
      .object({ risk: z.enum(NO_SCOPE_RISKS), description: z.string().min(1).max(300) })
      .strict()
      .describe('What the provider grants when the request names no scope.'),
    version: z.literal(1),
    scopes: z.array(providerScopeSchema).min(1),
  })
  .strict();

/** One scope as written in a data file: {@link ProviderScope} with a read-only `aliases` list. */
export type ProviderScopeEntry = Omit<ProviderScope, 'aliases'> & { readonly aliases?: readonly string[] };

/** A provider scope catalog, as written in the data files (`as const` data fits it). */
export interface ProviderScopeCatalog {
  readonly catalog: string;
  readonly provider: string;
  readonly sources: readonly { readonly title: string; readonly url: string; readonly retrieved: string }[];
  readonly noScope: { readonly risk: NoScopeRisk; readonly description: string };
  readonly version: 1;
  readonly scopes: readonly ProviderScopeEntry[];
}
