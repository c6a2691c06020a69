import { OAuthError, type OAuthErrorOptions } from './oauth-error.js';

// Errors of the management and companion API (`/api/v1`). They share the OAuthError base so the
// one error mapper renders them as `{ error, error_description, field? }` too.

/** `not_found` (404): the resource does not exist or the caller may not know it exists. */
export class NotFound extends OAuthError {
  readonly code = 'not_found';
  readonly status = 404;
}

/** `forbidden` (403): authenticated, but the role does not allow this. */
export class Forbidden extends OAuthError {
  readonly code = 'forbidden';
  readonly status = 403;
}

/** `unauthorized` (401): no valid session or API token. */
export class Unauthorized extends OAuthError {
  readonly code = 'unauthorized';
  readonly status = 401;
}

/** `conflict` (409): the change clashes with the current state. */
export class Conflict extends OAuthError {
  readonly code = 'conflict';
  readonly status = 409;
}

/** `invalid_request` (400) about one body field, named in `field`. */
export class ValidationFailed extends OAuthError {
  readonly code = 'invalid_request';
  readonly status = 400;
  declare field: string;

  constructor(description: string, opts: OAuthErrorOptions & { field: string }) {
    super(description, opts);
  }
}

/** `precondition_failed` (422): a state change whose requirements are not met (`unmet`). */
export class PreconditionFailed extends OAuthError {
  readonly code = 'precondition_failed';
  readonly status = 422;
  /** The requirements not met, e.g. `['client_uri_verified', 'logo_uri']`. */
  readonly unmet: string[];

  constructor(description: string, unmet: string[], opts?: OAuthErrorOptions) {
    super(description, opts);
    this.unmet = [...unmet];
  }
}

/** `rate_limited` (429): too many requests; the mapper sends `Retry-After`. */
export class RateLimited extends OAuthError {
  readonly code = 'rate_limited';
  readonly status = 429;
  /** Seconds until the caller may try again. */
  readonly retryAfterSeconds: number;

  constructor(description: string, retryAfterSeconds: number, opts?: OAuthErrorOptions) {
    super(description, opts);
    this.retryAfterSeconds = Math.max(0, Math.ceil(retryAfterSeconds));
  }
}

/** `payload_too_large` (413): body over the configured limit. */
export class PayloadTooLarge extends OAuthError {
  readonly code = 'payload_too_large';
  readonly status = 413;
}

/** `unsupported_media_type` (415): wrong `Content-Type`. */
export class UnsupportedMediaType extends OAuthError {
  readonly code = 'unsupported_media_type';
  readonly status = 415;
}

/** `method_not_allowed` (405); the mapper sends `Allow` from `allow`. */
export class MethodNotAllowed extends OAuthError {
  readonly code = 'method_not_allowed';
  readonly status = 405;
  /** Methods the resource does accept, e.g. `['POST']`. */
  readonly allow: string[];

  constructor(description: string, allow: string[], opts?: OAuthErrorOptions) {
    super(description, opts);
    this.allow = [...allow];
  }
}
