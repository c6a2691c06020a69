import { Conflict, InvalidRequest, OAuthError, ValidationFailed } from '../../shared/errors/index.js';

/**
 * The message of an error the person filling a form can fix (a bad field, a clash with the
 * current state), so the page is shown again with it; anything else (403, 404, 429, 5xx)
 * propagates to the error page.
 */
export function formFailure(err: unknown): OAuthError & { status: 400 | 409 } {
  if (err instanceof ValidationFailed || err instanceof InvalidRequest || err instanceof Conflict) {
    return err as OAuthError & { status: 400 | 409 };
  }
  throw err;
}
