import type { Response } from 'express';

/** Parameters of an authorization response (RFC 6749 §4.1.2, §4.1.2.1; RFC 9207 §2). */
export interface AuthorizationResponseParams {
  code?: string;
  error?: string;
  error_description?: string;
  state?: string | undefined;
  iss: string;
}

/**
 * The redirect URI with the response parameters appended to its query. The registered query is
 * kept byte for byte (OAuth 2.1 §2.3: "MUST be retained"; docs/security.md R8), so the URI is never
 * re-serialised through `URL`, which would re-encode it.
 */
function authorizationResponseUrl(redirectUri: string, params: AuthorizationResponseParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.append(name, value);
  const separator = !redirectUri.includes('?') ? '?' : /[?&]$/.test(redirectUri) ? '' : '&';
  return `${redirectUri}${separator}${query.toString()}`;
}

/**
 * Sends the authorization response. 303 so a browser that got here from a POST (consent)
 * follows with a GET and never re-posts the form (RFC 9700 §4.12; OAuth 2.1 §7.5.3: never 307).
 */
export function redirectToClient(res: Response, redirectUri: string, params: AuthorizationResponseParams): void {
  res.set('Cache-Control', 'no-store').redirect(303, authorizationResponseUrl(redirectUri, params));
}
