/**
 * Every `error` code an answer of the service can carry, in one union callers can switch on:
 * the OAuth protocol codes (RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, RFC 7009 §2.2.1,
 * RFC 7591 §3.2.2, OIDC Core §3.1.2.6) and the companion API's own. Each error class carries
 * one of them as its `code`, so a class with a code missing here does not compile.
 */
export const API_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'unsupported_token_type',
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'invalid_token',
  'insufficient_scope',
  'login_required',
  'consent_required',
  'not_found',
  'forbidden',
  'unauthorized',
  'conflict',
  'precondition_failed',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const known: ReadonlySet<string> = new Set(API_ERROR_CODES);

/** The code of an error body as the union, or undefined for a code this version does not know. */
export function apiErrorCode(error: string): ApiErrorCode | undefined {
  return known.has(error) ? (error as ApiErrorCode) : undefined;
}
