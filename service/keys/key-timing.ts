import type { Config } from '../config/config.js';

/**
 * How often each process re-reads the keys from the database (several processes share them):
 * the bound on how long after a rotation (even `--immediate`) a process may still sign with
 * the old key. One query per process per period at most, so it can be short.
 */
export const KEY_REFRESH_MS = 2_000;

/** `Cache-Control: max-age` of the JWKS document, in seconds. */
export const JWKS_MAX_AGE_SECONDS = 300;

/** Slack for clock skew and for processes still signing with a key they cached before rotation. */
const LEEWAY_MS = 60_000 + KEY_REFRESH_MS;

/**
 * How long a `next` key is published before it may sign: every verifier that cached the JWKS
 * (max-age) and every process that cached the key ring must have seen it (docs/security.md S7, RL7).
 */
export function publishDelayMs(): number {
  return JWKS_MAX_AGE_SECONDS * 1000 + KEY_REFRESH_MS;
}

/**
 * How long a `previous` key stays published after it stopped signing: the longest lifetime of a
 * token it signed (access and ID tokens share ACCESS_TOKEN_TTL_SECONDS) plus leeway.
 */
export function retainPreviousMs(config: Pick<Config, 'ACCESS_TOKEN_TTL_SECONDS'>): number {
  return config.ACCESS_TOKEN_TTL_SECONDS * 1000 + LEEWAY_MS;
}
