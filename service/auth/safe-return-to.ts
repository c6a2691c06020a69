const BASE = 'http://consentry.invalid';

/**
 * Where to send the user after sign-in: `value` only when it is a same-origin relative path
 * (RFC 9700 §4.11 / docs/security.md O4: no open redirector). It must start with exactly one `/`
 * (`//host` is scheme-relative, and browsers read `/\host` as `//host`), contain no
 * backslash or control character (browsers drop tabs and newlines, turning `/\t/host` into
 * `//host`), and must still resolve to our own origin. Anything else gives `fallback`.
 */
export function safeReturnTo(value: string | undefined, fallback = '/'): string {
  if (value === undefined || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return value;
}
