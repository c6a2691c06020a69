import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import { InvalidRequest, OAuthError, PayloadTooLarge, ServerError, TemporarilyUnavailable, UnsupportedMediaType } from '../../shared/errors/index.js';
import { databaseFaultCause } from '../storage/database-fault.js';
import type { RenderErrorPage } from './error-style.js';

/**
 * The one place errors become responses (CONTRIBUTING.md#errors). Typed errors keep their
 * status and code; body-parser failures become 400/413/415; a database fault (lost connection,
 * timeout, full or read-only disk) becomes 503 `temporarily_unavailable` with Retry-After, its
 * cause logged (docs/security.md RL5); anything else is logged and answered as `server_error`
 * without detail.
 */
export function createErrorMapper(deps: { logger: Logger; renderErrorPage: RenderErrorPage }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const cause = err instanceof OAuthError ? undefined : databaseFaultCause(err);
    const e = cause ? new TemporarilyUnavailable('the service is temporarily unavailable, try again shortly') : toConsentryError(err);
    if (cause) deps.logger.warn({ cause, err: errorMessage(err), path: req.path }, 'database unavailable; answered 503');
    else if (e instanceof ServerError) deps.logger.error({ err, path: req.path }, 'unhandled error');
    else if (e.detail) deps.logger.info({ code: e.code, detail: e.detail, path: req.path }, 'request refused');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (e.status === 401 && e.code === 'invalid_client' && req.get('authorization')) {
      // RFC 6749 §5.2: answer 401 with the scheme the client used.
      res.set('WWW-Authenticate', 'Basic realm="consentry"');
    }
    if (e.status === 503) res.set('Retry-After', '5');
    const retryAfter = (e as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter !== undefined) res.set('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    const allow = (e as { allow?: string[] }).allow;
    if (allow) res.set('Allow', allow.join(', '));
    // A fault can strike in middleware shared by pages and API (the session lookup) before the
    // route has said how its errors look: then a browser's navigation gets the page.
    const html = res.locals.errorStyle === 'html' || (cause !== undefined && res.locals.errorStyle === undefined && prefersHtml(req));
    if (html) {
      deps.renderErrorPage(res, e);
      return;
    }
    sendJsonError(res, e);
  };
}

/** The JSON error body used by the OAuth endpoints and the management API alike. */
export function sendJsonError(res: Response, e: OAuthError): void {
  const body: Record<string, unknown> = { error: e.code, error_description: e.description };
  if (e.field) body.field = e.field;
  const unmet = (e as { unmet?: string[] }).unmet;
  if (unmet) body.unmet = unmet;
  res.status(e.status).set('Cache-Control', 'no-store').set('Pragma', 'no-cache').json(body);
}

function toConsentryError(err: unknown): OAuthError {
  if (err instanceof OAuthError) return err;
  const type = (err as { type?: unknown })?.type;
  const status = (err as { status?: unknown })?.status;
  if (type === 'entity.too.large') return new PayloadTooLarge('request body is too large');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new UnsupportedMediaType('unsupported body charset or encoding');
  }
  if (type === 'entity.parse.failed') return new InvalidRequest('request body could not be parsed');
  if (type === 'parameters.too.many') return new PayloadTooLarge('too many parameters');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new InvalidRequest('malformed request');
  }
  return new ServerError('internal error', { cause: err });
}

function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

function errorMessage(err: unknown): string {
  return String((err as { message?: unknown })?.message ?? err);
}
