/**
 * Calls `visit(name, value)` for each `name=value` pair of a URL query (`url.search`, with or
 * without the leading `?`), decoded exactly like WHATWG `application/x-www-form-urlencoded`
 * parsing (`+` is a space; malformed escapes decode leniently, as `URLSearchParams` does).
 *
 * Why not `for (const [k, v] of url.searchParams)`: in Node that iteration costs about 10 µs per
 * typical authorization URL, several times this scan, and the extension runs it on every
 * navigation.
 *
 * @param search - the query string
 * @param visit - called in order, once per pair, repeated names included
 */
export function forEachQueryParam(search: string, visit: (name: string, value: string) => void): void {
  let start = search.startsWith('?') ? 1 : 0;
  while (start < search.length) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    if (end > start) {
      const eq = search.indexOf('=', start);
      const split = eq !== -1 && eq < end;
      visit(decodeFormComponent(search.slice(start, split ? eq : end)), split ? decodeFormComponent(search.slice(eq + 1, end)) : '');
    }
    start = end + 1;
  }
}

/**
 * Decodes one form-encoded component; falls back to `URLSearchParams` for the malformed
 * escapes `decodeURIComponent` throws on, so results match the WHATWG parser.
 */
function decodeFormComponent(raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return new URLSearchParams(`x=${raw}`).get('x') ?? '';
  }
}
