// Types for the ESM build of the punycode package (mathiasbynens/punycode.js), imported by its
// file path so that Node never resolves the deprecated core `punycode` module instead.
declare module 'punycode/punycode.es6.js' {
  /** Converts a domain name's A-labels (`xn--…`) to Unicode; other labels are left as they are. */
  export function toUnicode(domain: string): string;
}
