import type { Response } from 'express';

/**
 * Lets the consent form's 303 reach the app: browsers apply CSP `form-action` to the redirects
 * that follow a form POST, so a consent page under `form-action 'self'` could never hand the
 * code to the client. Only this page, and only the origin (or private-use scheme) of the
 * redirect URI already matched to a registered one, is added.
 */
export function allowFormRedirectTo(res: Response, redirectUri: string): void {
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp !== 'string') return;
  const url = new URL(redirectUri);
  const source = url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : url.protocol;
  res.setHeader('Content-Security-Policy', csp.replace(/form-action 'self'/, `form-action 'self' ${source}`));
}
