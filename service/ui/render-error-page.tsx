import type { Response } from 'express';
import type { OAuthError } from '../../shared/errors/index.js';
import { ErrorPage } from './pages/error-page.js';
import { renderPage } from './render-page.js';

/** The error mapper's HTML form: a page, never a redirect. */
export function renderErrorPage(res: Response, e: OAuthError): void {
  renderPage(res, <ErrorPage status={e.status} code={e.code} description={e.description} />, e.status);
}
