/**
 * One `scope-token` of RFC 6749 §3.3: `1*( %x21 / %x23-5B / %x5D-7E )`, i.e. printable ASCII
 * without space, `"` and `\`.
 */
export const SCOPE_TOKEN_PATTERN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** Longest scope token Consentry accepts (a cap of ours, not of the RFC). */
export const MAX_SCOPE_TOKEN_LENGTH = 128;

/** Most scope tokens one request or one client may carry (a cap of ours). */
export const MAX_SCOPE_TOKENS = 100;

/**
 * Whether `token` is a syntactically valid scope token within Consentry's length cap.
 *
 * @param token - a candidate scope id
 * @returns true for e.g. `zone.read`, false for `réad`, `""` or a 129-character token
 */
export function isScopeToken(token: string): boolean {
  return token.length <= MAX_SCOPE_TOKEN_LENGTH && SCOPE_TOKEN_PATTERN.test(token);
}
