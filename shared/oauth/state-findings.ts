import type { AuthorizationRequest } from './authorization-request.js';
import { finding, type Finding } from './finding.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;
const HEX = /^(?:[0-9a-fA-F]{2}){4,}$/;
/** Longer values are not decoded (a state is an opaque value of the app, usually short). */
const MAX_DECODED = 2048;

/**
 * Findings about the `state` value: it should be an opaque random value (RFC 6749 §10.12). One
 * carrying an email address, in clear or base64 / hex encoded, is how phishing kits hand the
 * target's address to the page the error redirect lands on, so it can pre-fill a fake sign-in.
 *
 * @param req - the parsed request
 */
export function stateFindings(req: AuthorizationRequest): Finding[] {
  const state = req.params.state;
  if (state === undefined || state.length > MAX_DECODED) return [];
  const how = emailEncoding(state);
  if (how === undefined) return [];
  return [finding('state_email', 'warning',
    `The state value carries an email address${how === 'plain' ? '' : ` (${how}-encoded)`}; phishing links put the target's address there to fill in a fake sign-in page.`,
    'state')];
}

/** How `value` (or one of its `.`, `|`, `:` separated parts) carries an email address, if it does. */
function emailEncoding(value: string): 'plain' | 'base64' | 'hex' | undefined {
  if (EMAIL.test(value)) return 'plain';
  for (const part of [value, ...value.split(/[.|:]/)]) {
    if (HEX.test(part) && EMAIL.test(decodeHex(part))) return 'hex';
    if (BASE64.test(part) && EMAIL.test(decodeBase64(part))) return 'base64';
  }
  return undefined;
}

function decodeBase64(s: string): string {
  const bare = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  // A length of 4n+1 is never base64; atob would throw, and a thrown DOMException costs more than the whole check.
  if (bare.length % 4 === 1) return '';
  try {
    return atob(bare + '='.repeat((4 - (bare.length % 4)) % 4));
  } catch {
    return '';
  }
}

function decodeHex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
  return out;
}
