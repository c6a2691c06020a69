import type { Risk } from '../scopes/risk.js';
import type { ScopeCatalog } from '../scopes/scope-catalog.js';

/** What a catalog says about one scope, whichever provider's catalog it comes from. */
export interface KnownScope {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly risk: Risk;
  /** The provider's own class (Google's sensitive and restricted scopes). */
  readonly sensitivity?: 'sensitive' | 'restricted';
  /** The provider requires an administrator's consent (Microsoft Graph). */
  readonly adminConsent?: boolean;
  /** Grants access that lasts until revoked (`offline_access`). */
  readonly lasting?: boolean;
}

/** One requested scope, exactly as requested, and the catalog entry it resolved to, if any. */
export interface RequestedScope {
  readonly requested: string;
  readonly known?: KnownScope;
  /** The parameter that carried it when not `scope` (Slack's `user_scope`, Microsoft v1's `resource`). */
  readonly param?: string;
}

/**
 * Resolves scope ids against one of Consentry's own catalogs (exact ids, as `/oauth2/auth` does).
 *
 * @param ids - the requested scope ids, in request order
 * @param catalog - the catalog, or `undefined` when none is known (every scope stays unresolved)
 */
export function scopesFromCatalog(ids: readonly string[], catalog: ScopeCatalog | undefined): RequestedScope[] {
  return ids.map((requested) => {
    const known = catalog?.get(requested);
    return known ? { requested, known } : { requested };
  });
}
