import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.js';
import type { RequestLogger } from './request-logger.js';

/**
 * Metrics and the log line of every request, from one pair of listeners per response: the
 * request counter and duration histogram (`Metrics`) and the request log line
 * (`RequestLogger`). Per-request state lives on the response under symbols, and the listeners
 * are shared functions, so observing a request allocates no closure.
 */
export interface RequestObserver {
  /** First middleware of the Express app: labels the request with its matched route pattern. */
  middleware: RequestHandler;
  /** A request answered before Express (the public documents), under a fixed route label. */
  observe(req: IncomingMessage, res: ServerResponse, route: string): void;
}

const STARTED = Symbol('observer.started');
const ID = Symbol('observer.id');
const ROUTE = Symbol('observer.route');
const LOGGED = Symbol('observer.logged');

interface Observed extends ServerResponse {
  [STARTED]?: number;
  [ID]?: number;
  [ROUTE]?: string;
  [LOGGED]?: boolean;
}

export function createRequestObserver(deps: { metrics: Metrics; log: RequestLogger }): RequestObserver {
  let lastId = 0;

  // 'close' follows 'finish' for every answered response and also ends an aborted one, so one
  // listener sees both; only finished responses are counted (a disconnect is not an answer).
  function onClose(this: Observed) {
    const req = this.req as Request;
    const ms = performance.now() - this[STARTED]!;
    if (this.writableFinished) deps.metrics.record(this[ROUTE] ?? routeOf(req), req.method, this.statusCode, ms / 1000);
    if (!this[LOGGED]) deps.log(req, this, this[ID]!, ms);
  }
  function onError(this: Observed, err: Error) {
    this[LOGGED] = true;
    deps.log(this.req, this, this[ID]!, performance.now() - this[STARTED]!, err);
  }

  function start(res: Observed, route: string | undefined) {
    res[STARTED] = performance.now();
    res[ID] = lastId = (lastId + 1) & 0x7fffffff;
    res[ROUTE] = route;
    res[LOGGED] = false;
    res.on('close', onClose);
  }

  return {
    middleware(_req, res, next) {
      // Already started when the document fast path handed the request on (a JWKS read failed).
      if ((res as Observed)[STARTED] === undefined) start(res as Observed, undefined);
      // Logs a response error, and keeps a stray write after end from crashing the process.
      res.on('error', onError);
      next();
    },
    // The fast path writes its one answer itself: no 'error' listener needed.
    observe(_req, res, route) {
      start(res as Observed, route);
    },
  };
}

/** The matched route pattern (never the raw path), read when the response ends. */
function routeOf(req: Request): string {
  const path = req.route?.path as string | undefined;
  return path ? `${req.baseUrl}${path}` : 'unmatched';
}
