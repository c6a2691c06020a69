import { providerScopeCatalogs, type ProviderScopeCatalog } from '../provider-scopes/index.js';
import { defaultCatalog } from '../scopes/default-catalog.js';

/** Provider scope catalogs by catalog id (`ProviderDefinition.catalog`). */
export type CatalogIndex = ReadonlyMap<string, ProviderScopeCatalog>;

/** Consentry's own catalog in the provider-catalog shape, for the Consentry services a user added. */
const CONSENTRY_CATALOG: ProviderScopeCatalog = {
  catalog: 'consentry',
  provider: 'Consentry',
  sources: [{ title: 'Consentry default scope catalog (shared/scopes/default-catalog.ts)', url: 'https://github.com/consentry/consentry', retrieved: '2026-11-27' }],
  noScope: {
    risk: 'read',
    description: 'Consentry applies the scopes the app registered as required, which its consent page lists before you agree.',
  },
  version: 1,
  scopes: defaultCatalog.scopes,
};

/**
 * Builds a catalog index from any number of catalogs (later ones win on the same id).
 *
 * @param catalogs - provider scope catalogs, e.g. those of `shared/provider-scopes/`
 */
export function catalogIndex(catalogs: Iterable<ProviderScopeCatalog>): CatalogIndex {
  return new Map([...catalogs].map((c) => [c.catalog, c]));
}

/** The catalogs the inspector uses unless told otherwise: every provider catalog of `shared/provider-scopes/`, and Consentry's. */
export const DEFAULT_CATALOGS: CatalogIndex = catalogIndex([...Object.values(providerScopeCatalogs), CONSENTRY_CATALOG]);
