import type { AnalysisContext } from './analysis-context.js';
import type { AuthorizationRequest } from './authorization-request.js';
import { finding, type AnalysisRisk, type Finding } from './finding.js';
import { flowFindings } from './flow-findings.js';
import { redirectUriFindings } from './redirect-uri-findings.js';
import { requestRisk, scopeFindings } from './scope-findings.js';

/** Result of {@link analyzeAuthorizationRequest}. */
export interface AuthorizationAnalysis {
  findings: Finding[];
  risk: AnalysisRisk;
}

const SEVERITY_ORDER = { danger: 0, warning: 1, info: 2 } as const;

/**
 * Runs the checks Consentry's `/oauth2/auth` would run, without side effects, on a request of
 * any provider: flow (implicit, PKCE, state, duplicates), redirect URI, scopes. The extension
 * runs it on navigation; the service runs it for the analyze API with its catalog and client.
 *
 * @param req - from `parseAuthorizationRequest`
 * @param context - the provider's catalog and the registered client (`null` = looked up, absent)
 * @returns findings, most severe first (stable within a severity), and the overall risk
 */
export function analyzeAuthorizationRequest(
  req: AuthorizationRequest,
  context: AnalysisContext = {},
): AuthorizationAnalysis {
  const { catalog, client } = context;
  const findings: Finding[] = [];
  if (client === null) {
    findings.push(finding('unknown_client', 'danger',
      'The provider does not know this app (unknown client_id).', 'client_id'));
  }
  findings.push(...flowFindings(req, client), ...redirectUriFindings(req, client), ...scopeFindings(req, catalog, client));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, risk: requestRisk(req, catalog) };
}
