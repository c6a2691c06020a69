import type { AuthorizationRequest } from '../oauth/authorization-request.js';
import type { KnownScope, RequestedScope } from '../oauth/requested-scope.js';
import type { ProviderScopeCatalog, ProviderScopeEntry as ProviderScope } from '../provider-scopes/provider-scope-catalog.js';
import type { ProviderDefinition, ScopeSyntax } from './provider-definition.js';

/** Catalog lookups by exact spelling and, for case-insensitive providers, lower-cased. */
interface CatalogLookup {
  readonly exact: ReadonlyMap<string, ProviderScope>;
  readonly folded: ReadonlyMap<string, ProviderScope>;
}

const LOOKUPS = new WeakMap<ProviderScopeCatalog, CatalogLookup>();

function lookupOf(catalog: ProviderScopeCatalog): CatalogLookup {
  let lookup = LOOKUPS.get(catalog);
  if (!lookup) {
    const pairs = catalog.scopes.flatMap((s) => [s.id, ...(s.aliases ?? [])].map((name) => [name, s] as const));
    lookup = { exact: new Map(pairs), folded: new Map(pairs.map(([name, s]) => [name.toLowerCase(), s])) };
    LOOKUPS.set(catalog, lookup);
  }
  return lookup;
}

/**
 * The scopes a request asks for, spelled the provider's way: `scope` split on spaces (and on
 * commas for GitHub, Slack, Facebook), then the provider's extra scope parameters (Slack's
 * `user_scope`), or Microsoft v1's `resource` when the request has no scope. Duplicates dropped,
 * request order kept.
 *
 * @param provider - the recognised provider
 * @param req - the parsed request
 */
export function requestedScopeNames(provider: ProviderDefinition, req: AuthorizationRequest): Array<{ requested: string; param?: string }> {
  const syntax = provider.scopes;
  const seen = new Set<string>();
  const out: Array<{ requested: string; param?: string }> = [];
  const add = (values: readonly string[], param?: string) => {
    for (const raw of values) {
      for (const requested of syntax.separator === 'space-or-comma' ? raw.split(',') : [raw]) {
        if (requested === '' || seen.has(requested)) continue;
        seen.add(requested);
        out.push(param === undefined ? { requested } : { requested, param });
      }
    }
  };
  add(req.params.scope);
  for (const param of syntax.extraParams ?? []) add((req.params.other[param] ?? '').split(' '), param);
  const resource = syntax.resourceParam === undefined ? undefined : req.params.other[syntax.resourceParam];
  if (out.length === 0 && resource !== undefined) add([`${resource.replace(/\/+$/, '')}/.default`], syntax.resourceParam);
  return out;
}

/**
 * Resolves each requested scope against the provider's catalog the way the provider reads it:
 * aliases, case-insensitive names (Microsoft), resource URIs stripped (`https://graph.microsoft.com/Mail.Read`
 * is `Mail.Read`), a trailing slash either way (Google's `https://mail.google.com/`), and
 * `.default` of a known resource (Microsoft) described from the registry.
 *
 * @param provider - the recognised provider
 * @param req - the parsed request
 * @param catalog - the provider's catalog, when one is loaded
 */
export function resolveScopes(provider: ProviderDefinition, req: AuthorizationRequest, catalog: ProviderScopeCatalog | undefined): RequestedScope[] {
  return requestedScopeNames(provider, req).map((s) => {
    const known = resolveOne(provider.scopes, s.requested, catalog);
    return known ? { ...s, known } : s;
  });
}

function resolveOne(syntax: ScopeSyntax, requested: string, catalog: ProviderScopeCatalog | undefined): KnownScope | undefined {
  const entry = catalog === undefined ? undefined : findEntry(syntax, requested, lookupOf(catalog));
  if (entry) return knownScope(entry);
  return defaultOfResource(syntax, requested);
}

function findEntry(syntax: ScopeSyntax, requested: string, lookup: CatalogLookup): ProviderScope | undefined {
  const candidates = [requested];
  const lower = requested.toLowerCase();
  for (const prefix of syntax.resourcePrefixes ?? []) {
    if (lower.startsWith(prefix.toLowerCase())) candidates.push(requested.slice(prefix.length));
  }
  if (syntax.trailingSlashInsensitive) candidates.push(requested.endsWith('/') ? requested.slice(0, -1) : `${requested}/`);
  for (const name of candidates) {
    const hit = lookup.exact.get(name) ?? (syntax.caseInsensitive ? lookup.folded.get(name.toLowerCase()) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

/** `https://management.azure.com//.default` and its v1 form: described when the resource is in the registry. */
function defaultOfResource(syntax: ScopeSyntax, requested: string): KnownScope | undefined {
  if (!/\/\.default$/i.test(requested)) return undefined;
  const uri = requested.slice(0, -'.default'.length).replace(/\/+$/, '').toLowerCase();
  const resource = syntax.resources?.find((r) => r.uri === uri);
  if (!resource) return undefined;
  return { id: requested, name: `Everything granted for ${resource.name}`, category: resource.name, description: resource.description, risk: resource.risk };
}

function knownScope(s: ProviderScope): KnownScope {
  const known: { -readonly [K in keyof KnownScope]: KnownScope[K] } = { id: s.id, name: s.name, category: s.category, description: s.description, risk: s.risk };
  if (s.sensitivity !== undefined) known.sensitivity = s.sensitivity;
  if (s.adminConsent !== undefined) known.adminConsent = s.adminConsent;
  if (s.lasting !== undefined) known.lasting = s.lasting;
  return known;
}
