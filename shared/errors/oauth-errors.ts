import { OAuthError } from './oauth-error.js';

// One class per registered error code, named for the code (RFC 6749 §4.1.2.1, §5.2; RFC 6750
// §3.1; RFC 7009 §2.2.1; RFC 7591 §3.2.2; OpenID Connect Core §3.1.2.6). A declarative list, so
// it stays in one file.

/** `invalid_request` (400): missing, repeated or malformed parameter. RFC 6749 §5.2. */
export class InvalidRequest extends OAuthError {
  readonly code = 'invalid_request';
  readonly status = 400;
}

/** `invalid_client` (401): client authentication failed. RFC 6749 §5.2. */
export class InvalidClient extends OAuthError {
  readonly code = 'invalid_client';
  readonly status = 401;
}

/** `invalid_grant` (400): code, refresh token or PKCE verifier is invalid. RFC 6749 §5.2. */
export class InvalidGrant extends OAuthError {
  readonly code = 'invalid_grant';
  readonly status = 400;
}

/** `unauthorized_client` (400): the client may not use this grant. RFC 6749 §5.2. */
export class UnauthorizedClient extends OAuthError {
  readonly code = 'unauthorized_client';
  readonly status = 400;
}

/** `unsupported_grant_type` (400). RFC 6749 §5.2. */
export class UnsupportedGrantType extends OAuthError {
  readonly code = 'unsupported_grant_type';
  readonly status = 400;
}

/** `unsupported_response_type` (400). RFC 6749 §4.1.2.1. */
export class UnsupportedResponseType extends OAuthError {
  readonly code = 'unsupported_response_type';
  readonly status = 400;
}

/** `invalid_scope` (400): unknown, malformed or not-allowed scope. RFC 6749 §5.2. */
export class InvalidScope extends OAuthError {
  readonly code = 'invalid_scope';
  readonly status = 400;
}

/** `access_denied` (403): the user or a policy refused. RFC 6749 §4.1.2.1. */
export class AccessDenied extends OAuthError {
  readonly code = 'access_denied';
  readonly status = 403;
}

/** `server_error` (500): what every unexpected error becomes on the wire. RFC 6749 §4.1.2.1. */
export class ServerError extends OAuthError {
  readonly code = 'server_error';
  readonly status = 500;
}

/** `temporarily_unavailable` (503). RFC 6749 §4.1.2.1. */
export class TemporarilyUnavailable extends OAuthError {
  readonly code = 'temporarily_unavailable';
  readonly status = 503;
}

/** `unsupported_token_type` (400): revocation of an unsupported token type. RFC 7009 §2.2.1. */
export class UnsupportedTokenType extends OAuthError {
  readonly code = 'unsupported_token_type';
  readonly status = 400;
}

/** `invalid_redirect_uri` (400): a registered redirect URI breaks policy. RFC 7591 §3.2.2. */
export class InvalidRedirectUri extends OAuthError {
  readonly code = 'invalid_redirect_uri';
  readonly status = 400;
}

/** `invalid_client_metadata` (400): other client metadata is invalid. RFC 7591 §3.2.2. */
export class InvalidClientMetadata extends OAuthError {
  readonly code = 'invalid_client_metadata';
  readonly status = 400;
}

/** `invalid_token` (401): bearer token missing, expired or revoked. RFC 6750 §3.1. */
export class InvalidToken extends OAuthError {
  readonly code = 'invalid_token';
  readonly status = 401;
}

/** `insufficient_scope` (403): the token lacks a needed scope. RFC 6750 §3.1. */
export class InsufficientScope extends OAuthError {
  readonly code = 'insufficient_scope';
  readonly status = 403;
}

/** `login_required` (401): `prompt=none` but no session. OpenID Connect Core §3.1.2.6. */
export class LoginRequired extends OAuthError {
  readonly code = 'login_required';
  readonly status = 401;
}

/** `consent_required` (400): `prompt=none` but consent is missing. OpenID Connect Core §3.1.2.6. */
export class ConsentRequired extends OAuthError {
  readonly code = 'consent_required';
  readonly status = 400;
}
