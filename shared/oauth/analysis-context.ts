import type { ScopeCatalog } from '../scopes/scope-catalog.js';

/** The registered client facts the analyzer compares a request against. */
export interface AnalyzerClient {
  redirect_uris: readonly string[];
  scopes: readonly string[];
  optional_scopes: readonly string[];
  token_endpoint_auth_method: 'none' | 'client_secret_basic' | 'client_secret_post';
}

/** What the caller knows beyond the URL. */
export interface AnalysisContext {
  /** Scope catalog of the provider; without it scopes are `unknown` risk. */
  catalog?: ScopeCatalog;
  /** The registered client; `null` means it was looked up and does not exist. */
  client?: AnalyzerClient | null;
}
