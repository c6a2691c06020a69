import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.js';
import type { RequestLogger } from './request-logger.js';

/**
 * Metrics and the log line of every request, from one pair of listeners per response: the
 * request counter and duration histogram (`Metrics`) and the request log line
 * (`RequestLogger`). Per-request state is one small object on the response, and the listeners
 * are shared functions, so observing a request allocates no closure.
 */
export interface RequestObserver {
  /** First middleware of the Express app: labels the request with its matched route pattern. */
  middleware: RequestHandler;
  /** A request answered before Express (the public documents), under a fixed route label. */
  observe(req: IncomingMessage, res: ServerResponse, route: string): void;
}

/** What the listeners need of one request, in one property of its response. */
interface Observation {
  started: number;
  id: number;
  /** Fixed label of a request answered before Express; else read from Express when it ends. */
  route: string | undefined;
  /** Set once a response error wrote the line. */
  logged: boolean;
}

const OBSERVATION = Symbol('observation');

interface Observed extends ServerResponse {
  [OBSERVATION]?: Observation;
}

export function createRequestObserver(deps: { metrics: Metrics; log: RequestLogger }): RequestObserver {
  let lastId = 0;

  // 'close' follows 'finish' for every answered response and also ends an aborted one, so one
  // listener sees both; only finished responses are counted (a disconnect is not an answer).
  function onClose(this: Observed) {
    const o = this[OBSERVATION]!;
    const req = this.req as Request;
    const ms = performance.now() - o.started;
    if (this.writableFinished) deps.metrics.record(o.route ?? routeOf(req), req.method, this.statusCode, ms / 1000);
    if (!o.logged) deps.log(req, this, o.id, ms);
  }
  function onError(this: Observed, err: Error) {
    const o = this[OBSERVATION]!;
    o.logged = true;
    deps.log(this.req, this, o.id, performance.now() - o.started, err);
  }

  function start(res: Observed, route: string | undefined) {
    lastId = (lastId + 1) & 0x7fffffff;
    res[OBSERVATION] = { started: performance.now(), id: lastId, route, logged: false };
    res.on('close', onClose);
  }

  return {
    middleware(_req, res, next) {
      // Already started when the document fast path handed the request on (a JWKS read failed).
      if ((res as Observed)[OBSERVATION] === undefined) start(res as Observed, undefined);
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
