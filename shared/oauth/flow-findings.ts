import type { AuthorizationRequest } from './authorization-request.js';
import type { AnalyzerClient } from './analysis-context.js';
import { finding, type Finding } from './finding.js';
import { isValidCodeChallenge } from './pkce.js';

/**
 * Findings about the flow itself: response type, PKCE, `state`, repeated parameters.
 *
 * @param req - the parsed request
 * @param client - the registered client, when known
 */
export function flowFindings(req: AuthorizationRequest, client: AnalyzerClient | null | undefined): Finding[] {
  const { params } = req;
  const out: Finding[] = [];
  const responseTypes = (params.response_type ?? 'code').split(' ');
  if (responseTypes.includes('token') || responseTypes.includes('id_token')) {
    // OAuth 2.1 §10.1 / RFC 9700 §2.1.2: tokens in the front channel leak via history and referrers.
    const tokenInUrl = responseTypes.includes('token');
    out.push(finding('implicit_flow', tokenInUrl ? 'danger' : 'warning', tokenInUrl
      ? 'The app asks for an access token straight in the browser address (implicit flow), where it can leak.'
      : 'The app asks for an ID token in the browser address instead of using the code flow.', 'response_type'));
  }
  if (responseTypes.includes('code')) out.push(...pkceFindings(req, client));
  if (params.state === undefined) {
    // With S256 PKCE, state is no longer the only CSRF defence (OAuth 2.1 §7.6).
    const pkce = params.code_challenge_method === 'S256';
    out.push(finding('state_missing', pkce ? 'info' : 'warning',
      'The request has no state value, which helps the app reject forged responses.', 'state'));
  }
  if (req.duplicates.length > 0) {
    // RFC 6749 §3.1: parameters MUST NOT be included more than once.
    out.push(finding('duplicate_parameter', 'danger',
      `Parameters appear more than once (${req.duplicates.join(', ')}); a provider may read a different value than shown.`,
      req.duplicates[0]));
  }
  return out;
}

function pkceFindings(req: AuthorizationRequest, client: AnalyzerClient | null | undefined): Finding[] {
  const { code_challenge: challenge, code_challenge_method: method } = req.params;
  if (challenge === undefined) {
    // RFC 9700 §2.1.1: PKCE is required for public clients and recommended for all.
    const isPublic = client?.token_endpoint_auth_method === 'none';
    return [finding('pkce_missing', isPublic ? 'danger' : 'warning',
      'The request does not use PKCE, so a stolen authorization code could be redeemed by someone else.',
      'code_challenge')];
  }
  const out: Finding[] = [];
  if (!isValidCodeChallenge(challenge)) {
    out.push(finding('pkce_malformed', 'danger',
      'The PKCE code_challenge is not 43-128 URL-safe characters (RFC 7636).', 'code_challenge'));
  }
  if (method === undefined || method === 'plain') {
    // RFC 7636 §4.3: an omitted method means plain; RFC 9700 §2.1.1: only S256 hides the verifier.
    out.push(finding('pkce_plain', 'warning',
      'The request uses the plain PKCE method, which protects less than S256.', 'code_challenge_method'));
  } else if (method !== 'S256') {
    out.push(finding('pkce_malformed', 'danger',
      `The PKCE method "${method}" is not one the standard defines.`, 'code_challenge_method'));
  }
  return out;
}
