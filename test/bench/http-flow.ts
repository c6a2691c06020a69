import { createHash, randomBytes } from 'node:crypto';

/** Cookies of one browser, by name; enough for one host on loopback. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0]!;
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** One request as a browser makes it, without following redirects, keeping cookies in `jar`. */
export async function browse(jar: CookieJar, url: string, form?: Record<string, string | string[]>): Promise<Response> {
  const headers: Record<string, string> = { cookie: jar.header() };
  let body: URLSearchParams | undefined;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
  }
  const res = await fetch(url, { method: form ? 'POST' : 'GET', headers, body, redirect: 'manual' });
  jar.store(res);
  return res;
}

/** Hidden fields and ticked checkboxes of the first form on a page, as the browser would post them. */
export function formFields(html: string): Record<string, string[]> {
  const form = /<form[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html)?.[1] ?? html;
  const fields: Record<string, string[]> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/gi)) {
    const tag = m[0];
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`, 'i').exec(tag)?.[1];
    const type = (attr('type') ?? 'text').toLowerCase();
    const name = attr('name');
    if (!name || (type === 'checkbox' && !/\bchecked\b/i.test(tag))) continue;
    if (type === 'submit') continue;
    (fields[name] ??= []).push(decodeEntities(attr('value') ?? ''));
  }
  return fields;
}

const decodeEntities = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A PKCE pair (RFC 7636 §4.1-4.2, S256). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** `Authorization: Basic` for client_secret_basic (RFC 6749 §2.3.1: form-encode, then base64). */
export function basicAuth(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

/** The `code` of a redirect to the client, or undefined when `location` goes elsewhere. */
export function codeFrom(location: string | null, redirectUri: string): string | undefined {
  if (!location?.startsWith(redirectUri)) return undefined;
  const url = new URL(location);
  const error = url.searchParams.get('error');
  if (error) throw new Error(`authorization answered ${error}: ${url.searchParams.get('error_description') ?? ''}`);
  return url.searchParams.get('code') ?? undefined;
}

/** Runs `task(i)` for i in [0, count) with at most `width` in flight; results in order. */
export async function inParallel<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      out[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
  return out;
}
