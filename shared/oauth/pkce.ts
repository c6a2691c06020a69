/**
 * RFC 7636 §4.1/§4.2: `43*128unreserved`, `unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"`.
 * Both the verifier and the (S256 or plain) challenge share this syntax.
 */
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * Whether `s` is a syntactically valid PKCE `code_challenge` (RFC 7636 §4.2).
 *
 * @param s - the `code_challenge` parameter
 * @returns true for 43-128 characters of ALPHA / DIGIT / `-` / `.` / `_` / `~`
 */
export function isValidCodeChallenge(s: string): boolean {
  return PKCE_VALUE.test(s);
}

/**
 * Whether `s` is a syntactically valid PKCE `code_verifier` (RFC 7636 §4.1). A malformed verifier
 * answers `invalid_request`, a wrong one `invalid_grant` (SECURITY.md decisions).
 *
 * @param s - the `code_verifier` parameter
 * @returns true for 43-128 characters of ALPHA / DIGIT / `-` / `.` / `_` / `~`
 */
export function isValidCodeVerifier(s: string): boolean {
  return PKCE_VALUE.test(s);
}

/** The only challenge method Consentry accepts (RFC 9700 §2.1.1). */
export const PKCE_METHOD_S256 = 'S256';
