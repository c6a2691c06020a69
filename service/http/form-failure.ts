import { OAuthError } from '../../shared/errors/index.js';

type FixableStatus = 400 | 409;

/**
 * The error of a form that the person filling it can fix, so the page is shown again with it:
 * a bad field (400) and, where the form says so, a clash with the current state (409). Anything
 * else (403, 404, 429, 5xx, not an OAuthError) propagates to the error page.
 */
export function formFailure(err: unknown, fixable: readonly FixableStatus[] = [400, 409]): OAuthError & { status: FixableStatus } {
  if (err instanceof OAuthError && (fixable as readonly number[]).includes(err.status)) return err as OAuthError & { status: FixableStatus };
  throw err;
}
