import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { InvalidRequest, OAuthError, PayloadTooLarge, ServerError, TemporarilyUnavailable, UnsupportedMediaType } from '../../shared/errors/index.js';
import type { RenderErrorPage } from './error-style.js';

/**
 * The one place errors become responses (STYLE.md §4). Typed errors keep their status and
 * code; body-parser failures become 400/413/415; a lost database becomes 503; anything else
 * is logged and answered as `server_error` without detail.
 */
export function createErrorMapper(deps: { logger: Logger; renderErrorPage: RenderErrorPage }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const e = toConsentryError(err);
    if (e instanceof ServerError) deps.logger.error({ err, path: req.path }, 'unhandled error');
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
    if (res.locals.errorStyle === 'html') {
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
  if (isDatabaseUnavailable(err)) return new TemporarilyUnavailable('the service is temporarily unavailable, try again shortly');
  return new ServerError('internal error', { cause: err });
}

function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  const message = String((err as { message?: unknown })?.message ?? '');
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR' ||
    code === 'ECONNREFUSED' ||
    code === '57P01' ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(message)
  );
}
