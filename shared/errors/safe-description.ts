/**
 * Characters RFC 6749 §5.2 allows in `error_description`:
 * `%x20-21 / %x23-5B / %x5D-7E` (printable ASCII without `"` and `\`).
 */
const OUTSIDE_DESCRIPTION_CHARSET = /[^\x20\x21\x23-\x5B\x5D-\x7E]/g;

/** Longest value {@link quoteValue} shows before cutting it short. */
const MAX_QUOTED_LENGTH = 64;

/**
 * Makes a string safe to send as an OAuth `error_description` by dropping every character
 * outside the RFC 6749 §5.2 charset (control characters, `"`, `\`, anything non-ASCII).
 *
 * @param s - free text, possibly containing user input
 * @returns the same text with the disallowed characters removed
 */
export function safeDescription(s: string): string {
  return s.replace(OUTSIDE_DESCRIPTION_CHARSET, '');
}

/**
 * Quotes an untrusted value for use inside an `error_description`: single quotes, characters
 * outside the RFC 6749 §5.2 charset (and `'` and `%` themselves) percent-encoded as UTF-8, long
 * values cut to 64 characters with `...`. So `réad` becomes `'r%C3%A9ad'` and stays readable
 * instead of silently turning into `rad`.
 *
 * @param value - the offending input (a scope token, a parameter value)
 * @returns an ASCII-only quoted form
 */
export function quoteValue(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > MAX_QUOTED_LENGTH ? chars.slice(0, MAX_QUOTED_LENGTH) : chars;
  const encoded = shown.map(encodeChar).join('');
  return `'${encoded}${shown.length < chars.length ? '...' : ''}'`;
}

function encodeChar(c: string): string {
  if (c === "'" || c === '%') return c === '%' ? '%25' : '%27';
  if (/^[\x20\x21\x23-\x5B\x5D-\x7E]$/.test(c)) return c;
  return Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
