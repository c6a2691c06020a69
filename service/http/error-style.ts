import type { RequestHandler, Response } from 'express';
import type { OAuthError } from '../../shared/errors/index.js';

/** Renders an error as an HTML page (the UI supplies it, so http/ stays free of pages). */
export type RenderErrorPage = (res: Response, e: OAuthError) => void;

/** Marks the routes below as HTML pages: errors there render a page instead of JSON. */
export const htmlErrors: RequestHandler = (_req, res, next) => {
  res.locals.errorStyle = 'html';
  next();
};
