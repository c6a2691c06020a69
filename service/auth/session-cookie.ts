import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';

/** The dashboard sign-in cookie; its value is random, the database keeps only its SHA-256. */
export const SESSION_COOKIE = 'consentry_session';

/** The pre-session CSRF cookie of the login and signup forms (see pre-session-csrf.ts). */
export const PRE_SESSION_CSRF_COOKIE = 'consentry_csrf';

/** Values we issue are `random.token(32)`: 43 base64url characters. Anything else is ignored unread. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The value of one of our cookies on this request, if it has the shape we issue. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const value = parseCookie(header)[name];
  return value !== undefined && TOKEN_SHAPE.test(value) ? value : undefined;
}

export interface CookieOptions {
  /** Secure when PUBLIC_URL is https (a plain-http dev server could not set it otherwise). */
  secure: boolean;
  sameSite: 'lax' | 'strict';
  /** Absolute expiry (epoch ms); `undefined` clears the cookie. */
  expiresAt: number | undefined;
}

/** Appends a Set-Cookie header (other middlewares may set cookies on the same response). */
export function setCookie(res: Response, name: string, value: string, o: CookieOptions): void {
  const clearing = o.expiresAt === undefined;
  res.append(
    'Set-Cookie',
    stringifySetCookie(name, clearing ? '' : value, {
      httpOnly: true,
      sameSite: o.sameSite,
      path: '/',
      secure: o.secure,
      expires: new Date(clearing ? 0 : o.expiresAt!),
    }),
  );
}

export function clearCookie(res: Response, name: string, o: Pick<CookieOptions, 'secure' | 'sameSite'>): void {
  setCookie(res, name, '', { ...o, expiresAt: undefined });
}

export function isHttps(publicUrl: string): boolean {
  return publicUrl.startsWith('https:');
}
