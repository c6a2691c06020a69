import type { ErrorRequestHandler, Response } from 'express';
import { OAuthError } from '../../../shared/errors/index.js';
import { redirectToClient } from './authorization-response.js';

/** Error codes an authorization endpoint may send to the client (RFC 6749 §4.1.2.1). */
const REDIRECTABLE: ReadonlySet<string> = new Set([
  'invalid_request',
  'unauthorized_client',
  'access_denied',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
]);

/** Where errors of this request may go once the redirect URI is trusted. */
export interface TrustedRedirect {
  redirectUri: string;
  /** Echoed on errors too, unless it was itself the problem (RFC 6749 §4.1.2.1). */
  state: string | undefined;
  iss: string;
}

const LOCAL = 'trustedRedirect';

/**
 * Marks the redirect URI as trusted: from here on protocol errors go back to the client. Call
 * only after the client is known, the redirect URI matched a registered one and the user has
 * signed in (RFC 9700 §4.11.2: no redirect before authentication).
 */
export function trustRedirect(res: Response, target: TrustedRedirect): void {
  res.locals[LOCAL] = target;
}

/**
 * Turns an OAuth protocol error into a redirect error with `state` and `iss` (RFC 6749
 * §4.1.2.1; RFC 9207 §2) when the redirect URI is trusted. Everything else (unknown client,
 * bad redirect URI, a policy refusal shown to the user, rate limits) falls through to the error
 * page: the mapper renders it, with no Location header.
 */
export const authorizationRedirectErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const target = res.locals[LOCAL] as TrustedRedirect | undefined;
  if (!target || !(err instanceof OAuthError) || !REDIRECTABLE.has(err.code) || res.headersSent) return next(err);
  redirectToClient(res, target.redirectUri, {
    error: err.code,
    error_description: err.description,
    state: err.field === 'state' ? undefined : target.state,
    iss: target.iss,
  });
};
