import type { Request } from 'express';

/** The client IP used for rate limits and audit (Express honours TRUST_PROXY via `trust proxy`). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
