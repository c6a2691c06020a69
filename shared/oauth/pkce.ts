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
 * answers `invalid_request`, a wrong one `invalid_grant` (docs/security.md#decisions).
 *
 * @param s - the `code_verifier` parameter
 * @returns true for 43-128 characters of ALPHA / DIGIT / `-` / `.` / `_` / `~`
 */
export function isValidCodeVerifier(s: string): boolean {
  return PKCE_VALUE.test(s);
}

/** The only challenge method Consentry accepts (RFC 9700 §2.1.1). */
export const PKCE_METHOD_S256 = 'S256' as const;

/** A PKCE pair for an authorization request and its token request (RFC 7636 §4.1-§4.3). */
export interface PkcePair {
  code_verifier: string;
  code_challenge: string;
  code_challenge_method: typeof PKCE_METHOD_S256;
}

/**
 * A fresh `code_verifier`: 32 octets from the WebCrypto CSPRNG, base64url without padding, so
 * 43 characters of the unreserved set with 256 bits of entropy (RFC 7636 §4.1, §7.1).
 */
export function createCodeVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The S256 `code_challenge` of `verifier`: BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636
 * §4.2), on WebCrypto, so it runs in Node and in the extension alike.
 *
 * @throws TypeError when `verifier` is not a valid code_verifier (programmer misuse)
 */
export async function codeChallengeS256(verifier: string): Promise<string> {
  if (!isValidCodeVerifier(verifier)) throw new TypeError('codeChallengeS256: not a valid code_verifier (RFC 7636 §4.1)');
  // The verifier is ASCII (checked above), so its UTF-8 bytes are its ASCII bytes.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** A new verifier and its S256 challenge, for a client such as the extension signing in with PKCE. */
export async function createPkcePair(): Promise<PkcePair> {
  const code_verifier = createCodeVerifier();
  return { code_verifier, code_challenge: await codeChallengeS256(code_verifier), code_challenge_method: PKCE_METHOD_S256 };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** RFC 4648 §5 base64url without padding (RFC 7636 App. A), without Node's Buffer or a browser's btoa. */
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}
