import type { Random } from '../ports/random.js';
import { verifiableHost } from './verifiable-host.js';

/** Label under which the challenge lives; never the apex itself (docs/security.md D7). */
export const CHALLENGE_LABEL = '_consentry-challenge';
/** Prefix of the record value: names our service so the record cannot verify anything else. */
const CHALLENGE_VALUE_PREFIX = 'consentry-verification=';
/** RFC 8555 §11.3: at least 128 bits of entropy; 16 bytes = 22 base64url characters. */
const CHALLENGE_TOKEN_BYTES = 16;

export interface Challenge {
  record_name: string;
  record_value: string;
}

/** A fresh random token, one per (client, host): never derived from either (docs/security.md D18). */
export function newChallengeToken(random: Pick<Random, 'token'>): string {
  return random.token(CHALLENGE_TOKEN_BYTES);
}

/** The exact TXT record the developer publishes; `host` is normalised and checked first. */
export function challengeFor(host: string, token: string): Challenge {
  return {
    record_name: `${CHALLENGE_LABEL}.${verifiableHost(host)}`,
    record_value: `${CHALLENGE_VALUE_PREFIX}${token}`,
  };
}
