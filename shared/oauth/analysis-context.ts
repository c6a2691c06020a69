import type { Risk } from '../scopes/risk.js';
import type { ScopeCatalog } from '../scopes/scope-catalog.js';
import type { RequestedScope } from './requested-scope.js';

/** The registered client facts the analyzer compares a request against. */
export interface AnalyzerClient {
  redirect_uris: readonly string[];
  scopes: readonly string[];
  optional_scopes: readonly string[];
  token_endpoint_auth_method: 'none' | 'client_secret_basic' | 'client_secret_post';
}

/** How a request asks for access that outlives the visit (refresh tokens). */
export interface LastingAccess {
  readonly asked: boolean;
  /** In plain words, e.g. `access_type=offline (a refresh token)`. */
  readonly how?: string;
  /** The parameter that asks, e.g. `access_type`; absent when the provider always grants it. */
  readonly field?: string;
}

/** What the caller knows beyond the URL. */
export interface AnalysisContext {
  /** Scope catalog of the provider (Consentry's own); without it scopes are `unknown` risk. */
  catalog?: ScopeCatalog;
  /** The registered client; `null` means it was looked up and does not exist. */
  client?: AnalyzerClient | null;
  /**
   * The requested scopes, already resolved against the provider's catalog by the caller (the
   * inspector spells and resolves them per provider). Without it, `req.params.scope` is looked up
   * in `catalog` by exact id. Unknown scopes are reported only when one of the two is given.
   */
  scopes?: readonly RequestedScope[];
  /** False when `scopes` were split but no catalog was there to resolve them (none is "unknown" then). */
  scopesDescribed?: boolean;
  /** How the request asks for lasting access, when the caller knows the provider's rules. */
  lasting?: LastingAccess;
  /**
   * What an unknown scope does to the risk. `refused` (default): the catalog is the authorization
   * server's own, which refuses unknown scopes, so the risk is `unknown`. `raise`: the catalog
   * describes a third party and may be incomplete, so unknown scopes raise the highest known tier
   * one step and never hide the known ones.
   */
  unknownScopes?: 'refused' | 'raise';
  /** What the provider grants when the request names no scope (the catalog's `noScope`). */
  noScope?: { readonly risk: Risk | 'unknown'; readonly description: string };
}
