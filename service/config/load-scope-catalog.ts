import { readFileSync } from 'node:fs';
import { ScopeCatalog } from '../../shared/scopes/scope-catalog.js';
import { defaultCatalog } from '../../shared/scopes/default-catalog.js';
import { parseScopeCatalog } from '../../shared/scopes/parse-scope-catalog.js';
import { ConfigError } from './config.js';

/** The built-in catalog, or the operator's JSON file validated at start (a bad file stops start-up). */
export function loadScopeCatalog(path: string | undefined): ScopeCatalog {
  if (!path) return new ScopeCatalog(defaultCatalog);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`invalid configuration: SCOPE_CATALOG: cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return new ScopeCatalog(parseScopeCatalog(json));
  } catch (err) {
    throw new ConfigError(`invalid configuration: SCOPE_CATALOG: ${path}: ${(err as Error).message}`);
  }
}
