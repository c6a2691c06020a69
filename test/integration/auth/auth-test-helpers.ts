import { cookiePair, hiddenCsrf } from '../../helpers/fixtures.js';
import type { TestApp } from '../../helpers/test-app.js';

/** A fresh visitor's login (or signup) form: the pre-session cookie and its `_csrf` token. */
export async function openForm(app: TestApp, path = '/login'): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${app.url}${path}`);
  return { cookie: cookiePair(res.headers.getSetCookie(), 'consentry_csrf'), csrf: hiddenCsrf(await res.text()) };
}

/** Posts a urlencoded form (a string body keeps duplicates and odd bytes exactly as written). */
export function postForm(
  app: TestApp,
  path: string,
  body: string | Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
  });
}
