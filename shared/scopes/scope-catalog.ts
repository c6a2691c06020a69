import { highestRisk, type Risk } from './risk.js';
import type { ScopeCatalogInput, ScopeDefinition } from './scope-catalog-schema.js';

/** Scopes of one category, in catalog order. */
export interface ScopeGroup {
  category: string;
  scopes: ScopeDefinition[];
}

/**
 * Read-only view of a validated catalog with the lookups the consent page, the authorization
 * endpoint and the extension need. Build it from `defaultCatalog` or from `parseScopeCatalog`.
 */
export class ScopeCatalog {
  readonly #byId: ReadonlyMap<string, ScopeDefinition>;
  readonly #order: ReadonlyMap<string, number>;
  readonly #scopes: readonly ScopeDefinition[];

  /** @param data - a catalog already validated by the schema (ids unique) */
  constructor(data: ScopeCatalogInput) {
    this.#scopes = Object.freeze([...data.scopes]);
    this.#byId = new Map(this.#scopes.map((scope) => [scope.id, scope]));
    this.#order = new Map(this.#scopes.map((scope, i) => [scope.id, i]));
  }

  /** The scope with this id, or `undefined`. */
  get(id: string): ScopeDefinition | undefined {
    return this.#byId.get(id);
  }

  /** Whether the catalog knows this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Every scope, in catalog order. */
  all(): readonly ScopeDefinition[] {
    return this.#scopes;
  }

  /** The ids among `ids` the catalog does not know, in input order, de-duplicated. */
  unknown(ids: Iterable<string>): string[] {
    return [...new Set(ids)].filter((id) => !this.#byId.has(id));
  }

  /**
   * Groups known `ids` by category; categories and scopes follow catalog order, unknown ids are
   * left out (see {@link ScopeCatalog.unknown}).
   */
  byCategory(ids: Iterable<string>): ScopeGroup[] {
    const known = [...new Set(ids)]
      .filter((id) => this.#byId.has(id))
      .sort((a, b) => (this.#order.get(a) ?? 0) - (this.#order.get(b) ?? 0));
    const groups = new Map<string, ScopeGroup>();
    for (const id of known) {
      const scope = this.#byId.get(id) as ScopeDefinition;
      const group = groups.get(scope.category) ?? { category: scope.category, scopes: [] };
      group.scopes.push(scope);
      groups.set(scope.category, group);
    }
    return [...groups.values()];
  }

  /** The highest risk tier among the known `ids`, or `undefined` when none is known. */
  riskOf(ids: Iterable<string>): Risk | undefined {
    return highestRisk([...ids].flatMap((id) => this.#byId.get(id)?.risk ?? []));
  }

  /** Whether `id` is an identity scope (`openid`, `profile`, `email`). */
  isIdentity(id: string): boolean {
    return this.#byId.get(id)?.risk === 'identity';
  }

  /** Whether `id` grants lasting access until revoked (`offline_access`). */
  isLasting(id: string): boolean {
    return this.#byId.get(id)?.lasting === true;
  }
}
