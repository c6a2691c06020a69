import type { ApiErrorCode } from './error-codes.js';
import { safeDescription } from './safe-description.js';

/** Options every {@link OAuthError} accepts besides its description. */
export interface OAuthErrorOptions {
  /** Extra context for logs only; never sent to the client. */
  detail?: string;
  /** The request field the error is about (`redirect_uris`, `scope`, ...). */
  field?: string;
  /** The underlying error, kept for logs. */
  cause?: unknown;
}

/**
 * Base of every error Consentry turns into a wire response: the RFC 6749 / RFC 6750 / RFC 7591
 * OAuth errors and the management-API errors alike, so one mapper handles them all
 * (`instanceof OAuthError`).
 *
 * `description` is safe to send (RFC 6749 §5.2 charset, enforced here); `detail` is for logs.
 * Programmer misuse is a `TypeError`, never an `OAuthError`.
 */
export abstract class OAuthError extends Error {
  /** Stable wire code, e.g. `invalid_request`; one of {@link ApiErrorCode}. */
  abstract readonly code: ApiErrorCode;
  /** HTTP status the mapper answers with. */
  abstract readonly status: number;
  /** Human-readable text safe to send as `error_description`. */
  readonly description: string;
  /** Extra context for logs only. */
  readonly detail?: string;
  /** The request field the error is about, if any. */
  field?: string;

  /**
   * @param description - sent to the client after {@link safeDescription} is applied
   * @param opts - log-only detail, the field concerned, and the cause
   */
  constructor(description: string, opts: OAuthErrorOptions = {}) {
    const safe = safeDescription(description);
    super(safe, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.description = safe;
    if (opts.detail !== undefined) this.detail = opts.detail;
    if (opts.field !== undefined) this.field = opts.field;
  }
}
