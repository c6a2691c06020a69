import type { AnalysisContext, LastingAccess } from './analysis-context.js';
import type { AuthorizationRequest } from './authorization-request.js';
import { finding, sortFindings, type AnalysisRisk, type Finding } from './finding.js';
import { flowFindings } from './flow-findings.js';
import { redirectUriFindings } from './redirect-uri-findings.js';
import { scopesFromCatalog, type RequestedScope } from './requested-scope.js';
import { requestRisk, scopeFindings } from './scope-findings.js';
import { stateFindings } from './state-findings.js';

/** Result of {@link analyzeAuthorizationRequest}. */
export interface AuthorizationAnalysis {
  findings: Finding[];
  risk: AnalysisRisk;
}

/**
 * Runs the checks Consentry's `/oauth2/auth` would run, without side effects, on a request of
 * any provider: flow (implicit, PKCE, state, duplicates), redirect URI (http, open-redirect
 * shape, registration), `state` contents, scopes. The service runs it for the analyze API with its
 * catalog and client; the inspector runs it with the scopes and lasting-access rule of the
 * provider it recognised.
 *
 * @param req - from `parseAuthorizationRequest`
 * @param context - the provider's catalog or resolved scopes, and the registered client (`null` = looked up, absent)
 * @returns findings, most important first (see `sortFindings`), and the overall risk
 */
export function analyzeAuthorizationRequest(
  req: AuthorizationRequest,
  context: AnalysisContext = {},
): AuthorizationAnalysis {
  const { catalog, client } = context;
  const scopes: readonly RequestedScope[] = context.scopes ?? scopesFromCatalog(req.params.scope, catalog);
  const described = context.scopesDescribed ?? (context.scopes !== undefined || catalog !== undefined);
  const lasting = context.lasting ?? defaultLasting(req, scopes);
  const findings: Finding[] = [];
  if (client === null) {
    findings.push(finding('unknown_client', 'danger',
      'The provider does not know this app (unknown client_id).', 'client_id'));
  }
  findings.push(
    ...flowFindings(req, client),
    ...redirectUriFindings(req, client),
    ...stateFindings(req),
    ...scopeFindings(req, scopes, { client, noScope: context.noScope, lasting }, described),
  );
  return { findings: sortFindings(findings), risk: requestRisk(scopes, context.unknownScopes, context.noScope) };
}

/** Without a provider rule: the `offline_access` scope, a lasting catalog scope, or Google's `access_type=offline`. */
function defaultLasting(req: AuthorizationRequest, scopes: readonly RequestedScope[]): LastingAccess {
  if (scopes.some((s) => s.requested === 'offline_access' || s.known?.lasting === true)) return { asked: true, field: 'scope' };
  if (req.params.access_type === 'offline') return { asked: true, field: 'access_type' };
  return { asked: false };
}
