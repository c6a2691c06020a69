import { InvalidRequest } from '../../shared/errors/index.js';

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Picks allow-listed string parameters from a parsed query or form body (node-oidc-provider
 * `reject_dupes.js`): a repeated parameter arrives as an array and is refused (RFC 6749 §3.1,
 * §3.2: "MUST NOT be included more than once"), a nested value or control character is refused,
 * an empty value counts as absent (OAuth 2.1 §3.1), and unknown parameters are ignored.
 */
export function pickParams<const K extends string>(
  source: unknown,
  names: readonly K[],
  opts: { maxLength?: number } = {},
): Partial<Record<K, string>> {
  const input = (source && typeof source === 'object' ? source : {}) as Record<string, unknown>;
  const max = opts.maxLength ?? 4096;
  const out: Partial<Record<K, string>> = {};
  for (const name of names) {
    if (!Object.hasOwn(input, name)) continue;
    const value = input[name];
    if (Array.isArray(value)) throw new InvalidRequest(`parameter ${name} is included more than once`, { field: name });
    if (typeof value !== 'string') throw new InvalidRequest(`parameter ${name} must be a string`, { field: name });
    if (CONTROL.test(value)) throw new InvalidRequest(`parameter ${name} contains a control character`, { field: name });
    if (value.length > max) throw new InvalidRequest(`parameter ${name} is too long`, { field: name });
    if (value !== '') out[name] = value;
  }
  return out;
}
