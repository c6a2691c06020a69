import type { RequestHandler } from 'express';
import { paths } from '../http/paths.js';
import { currentAuth } from './auth-context.js';

/**
 * Page guard: a visitor who is not signed in is sent to the login page (303), which brings
 * them back to the page they asked for. Only GET/HEAD remember the page: after sign-in the
 * browser follows with a GET, which would not repeat a POST.
 */
export const requireUserPage: RequestHandler = (req, res, next) => {
  if (currentAuth(res)) return next();
  const back = req.method === 'GET' || req.method === 'HEAD' ? `?return_to=${encodeURIComponent(req.originalUrl)}` : '';
  res.redirect(303, `${paths.login}${back}`);
};
