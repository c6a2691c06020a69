import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** Writes the line of one finished (or aborted, or failed) request; `id` numbers requests in arrival order. */
export type RequestLogger = (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, id: number, ms: number, err?: Error) => void;

/** Probes and scrapes would drown the log. */
const UNLOGGED = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One structured log line per request, the line pino-http wrote: `req` {id, method, path},
 * `res` {status}, `responseTime` in ms, and "request completed" / "request aborted" at info, or
 * "request errored" with `err` at error for a 5xx or a response error. Query strings are
 * dropped from the path: codes, tokens and secrets must never reach logs (docs/security.md N9).
 *
 * Written here rather than by pino-http, which builds a child logger with the serialised
 * request for every request even when the level hides the line; here a hidden line costs one
 * level check.
 */
export function requestLogger(logger: Logger): RequestLogger {
  return (req, res, id, ms, err) => {
    const url = req.originalUrl ?? req.url ?? '';
    const failed = err !== undefined || res.statusCode >= 500;
    if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
    // A response error is logged whatever the path (as pino-http did); a routine probe is not.
    if (err === undefined && UNLOGGED.has(url)) return;
    const line = { req: { id, method: req.method, path: url.split('?')[0] }, res: { status: res.statusCode } };
    const responseTime = Math.round(ms);
    if (failed) {
      logger.error({ ...line, err: err ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
    } else {
      const message = !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted';
      logger.info({ ...line, responseTime }, message);
    }
  };
}
