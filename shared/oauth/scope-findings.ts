import type { ScopeCatalog } from '../scopes/scope-catalog.js';
import type { AuthorizationRequest } from './authorization-request.js';
import type { AnalyzerClient } from './analysis-context.js';
import { finding, type AnalysisRisk, type Finding } from './finding.js';

/**
 * Findings about the requested scopes: unknown to the catalog, not registered for the client,
 * admin tier, lasting (offline) access.
 *
 * @param req - the parsed request
 * @param catalog - the provider's catalog, when known
 * @param client - the registered client, when known
 */
export function scopeFindings(
  req: AuthorizationRequest,
  catalog: ScopeCatalog | undefined,
  client: AnalyzerClient | null | undefined,
): Finding[] {
  const scopes = req.params.scope;
  const out: Finding[] = [];
  const unknown = catalog ? catalog.unknown(scopes) : [];
  if (unknown.length > 0) {
    out.push(finding('scope_unknown', 'warning',
      `The app asks for scopes this provider does not describe: ${unknown.join(', ')}.`, 'scope'));
  }
  if (client) {
    const allowed = new Set([...client.scopes, ...client.optional_scopes]);
    const extra = scopes.filter((id) => !allowed.has(id));
    if (extra.length > 0) {
      out.push(finding('scope_not_registered', 'danger',
        `The app asks for scopes it did not register: ${extra.join(', ')}.`, 'scope'));
    }
  }
  const admin = catalog ? scopes.filter((id) => catalog.get(id)?.risk === 'admin') : [];
  if (admin.length > 0) {
    out.push(finding('scope_admin', 'danger',
      `The app asks for administrative access (${admin.join(', ')}), which can change who has access.`, 'scope'));
  }
  const lasting = scopes.includes('offline_access') || (catalog !== undefined && scopes.some((id) => catalog.isLasting(id)));
  if (lasting || req.params.access_type === 'offline') {
    out.push(finding('offline_access', 'warning',
      'The app asks to keep access even when you are not using it, until you revoke it.',
      lasting ? 'scope' : 'access_type'));
  }
  return out;
}

/**
 * Overall risk: the highest catalog tier of the requested scopes, or `unknown` without a
 * catalog, without scopes, or when any scope is not in the catalog.
 */
export function requestRisk(req: AuthorizationRequest, catalog: ScopeCatalog | undefined): AnalysisRisk {
  const scopes = req.params.scope;
  if (!catalog || scopes.length === 0 || catalog.unknown(scopes).length > 0) return 'unknown';
  return catalog.riskOf(scopes) ?? 'unknown';
}
