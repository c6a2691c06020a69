import type { RequestHandler } from 'express';
import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';

/** With SIGNUP_ENABLED=false the sign-up pages do not exist (404), rather than showing a closed door. */
export function createRequireSignupEnabled(deps: Pick<Deps, 'config'>): RequestHandler {
  return (_req, _res, next) => {
    if (!deps.config.SIGNUP_ENABLED) throw new NotFound('no such page or endpoint');
    next();
  };
}
