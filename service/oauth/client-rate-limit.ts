import type { Request } from 'express';
import { InvalidClient, InvalidGrant, RateLimited } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { LimitName } from '../http/rate-limiters.js';
import { sha256 } from '../ports/random.js';

/**
 * Rate limits of the client-authenticated endpoints, keyed by claimed client id + IP so one
 * attacker cannot lock a legitimate client out from elsewhere (docs/security.md B2, B3): every
 * request counts against `perRequest`; failed authentications and failed grants count against
 * `tokenFailuresPerClientIp`, and once that is exhausted the pair gets 429 before any work.
 */
export async function limitClientRequest<T>(
  deps: Pick<Deps, 'limiters'>,
  req: Request,
  clientId: string,
  perRequest: LimitName,
  work: () => Promise<T>,
): Promise<T> {
  // Hashed: client ids are attacker-chosen strings and the key column is short.
  const key = sha256(`${clientId}\n${req.ip ?? ''}`);
  // Both counters are read at once (on PostgreSQL that is two round trips in parallel rather
  // than one after the other); the per-request limit still answers first when both refuse.
  const failures = deps.limiters.blocked('tokenFailuresPerClientIp', key);
  failures.catch(() => undefined);
  await deps.limiters.consume(perRequest, key);
  const wait = await failures;
  if (wait !== undefined) throw new RateLimited('too many failed requests, try again later', wait);
  try {
    return await work();
  } catch (err) {
    if (err instanceof InvalidClient || err instanceof InvalidGrant) {
      await deps.limiters.consume('tokenFailuresPerClientIp', key).catch(() => undefined);
    }
    throw err;
  }
}
