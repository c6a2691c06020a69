import type { Response } from 'express';

/** Answers a management-API call: account data is per-user, so no cache may keep it. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status).set('Cache-Control', 'no-store').json(body);
}
