import type { Request } from 'express';
import { Forbidden } from '../../shared/errors/index.js';

/**
 * Refuses a state-changing request a browser tells us came from another site (docs/security.md K1):
 * `Sec-Fetch-Site: cross-site` (Fetch Metadata), or an `Origin` other than our own (browsers
 * send Origin on every POST; `Origin: null` from sandboxed or privacy-redirected contexts is
 * not our origin either). Non-browser clients send neither and are judged by the token alone.
 */
export function refuseCrossSite(req: Request, publicOrigin: string): void {
  if (req.get('sec-fetch-site')?.toLowerCase() === 'cross-site') {
    throw new Forbidden('cross-site requests are not accepted here');
  }
  const origin = req.get('origin');
  if (origin !== undefined && origin !== publicOrigin) {
    throw new Forbidden('requests from another origin are not accepted here');
  }
}
