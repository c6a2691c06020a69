import {
  analyzeAuthorizationRequest,
  parseAuthorizationRequest,
  type AuthorizationAnalysis,
  type AuthorizationRequest,
} from '../../shared/oauth/index.js';

/** What the popup shows for a tab. */
export type TabAnalysis =
  | { kind: 'not-a-request' }
  | { kind: 'request'; request: AuthorizationRequest; analysis: AuthorizationAnalysis };

/**
 * Runs the shared analyzer on a tab URL. Without a companion service there is no catalog or
 * registered client, so only the checks the URL alone supports are made (flow, PKCE, state,
 * redirect URI scheme, duplicates, offline access) and the risk stays `unknown`.
 */
export function analyzeTabUrl(url: string | undefined): TabAnalysis {
  const request = url === undefined ? undefined : parseAuthorizationRequest(url);
  if (!request) return { kind: 'not-a-request' };
  return { kind: 'request', request, analysis: analyzeAuthorizationRequest(request) };
}
