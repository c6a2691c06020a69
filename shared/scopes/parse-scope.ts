import { InvalidScope } from '../errors/oauth-errors.js';
import { quoteValue } from '../errors/safe-description.js';
import { MAX_SCOPE_TOKENS, MAX_SCOPE_TOKEN_LENGTH, SCOPE_TOKEN_PATTERN } from './scope-token.js';

/** Longer values cannot be within the caps; rejecting them first keeps a 100 KB scope cheap. */
const MAX_SCOPE_LENGTH = MAX_SCOPE_TOKENS * (MAX_SCOPE_TOKEN_LENGTH + 1);

/**
 * Parses a `scope` parameter strictly per RFC 6749 §3.3:
 * `scope = scope-token *( SP scope-token )`, `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )`.
 *
 * An empty value means "no scope" (OAuth 2.1 §3.1: empty parameters are treated as omitted) and
 * gives `[]`. Leading, trailing or repeated spaces are not tolerated because the ABNF does not
 * allow them. Repeated tokens are dropped, first occurrence wins.
 *
 * @param value - the raw parameter value (already form-decoded)
 * @returns the scope ids in request order, de-duplicated
 * @throws InvalidScope naming the offending token, e.g.
 *   `scope token 'r%C3%A9ad' contains a character outside RFC 6749 section 3.3`
 *   (the `detail` keeps the readable `"réad"`), or when over 100 tokens / 128 characters a token
 */
export function parseScope(value: string): string[] {
  if (value === '') return [];
  if (value.length > MAX_SCOPE_LENGTH) {
    throw new InvalidScope(`scope is longer than ${MAX_SCOPE_LENGTH} characters`, { field: 'scope' });
  }
  const tokens = value.split(' ');
  if (tokens.length > MAX_SCOPE_TOKENS) {
    throw new InvalidScope(`scope has ${tokens.length} tokens; at most ${MAX_SCOPE_TOKENS} are allowed`, {
      field: 'scope',
    });
  }
  tokens.forEach(checkToken);
  return [...new Set(tokens)];
}

function checkToken(token: string, index: number): void {
  if (token === '') {
    throw new InvalidScope(
      `scope has an empty token at position ${index + 1}; separate tokens with exactly one space`,
      { field: 'scope' },
    );
  }
  if (token.length > MAX_SCOPE_TOKEN_LENGTH) {
    throw new InvalidScope(
      `scope token ${quoteValue(token)} is longer than ${MAX_SCOPE_TOKEN_LENGTH} characters`,
      { field: 'scope' },
    );
  }
  if (!SCOPE_TOKEN_PATTERN.test(token)) {
    throw new InvalidScope(`scope token ${quoteValue(token)} contains a character outside RFC 6749 section 3.3`, {
      field: 'scope',
      detail: `scope token ${JSON.stringify(token)} contains a character outside RFC 6749 §3.3`,
    });
  }
}

/**
 * Formats scope ids as a `scope` parameter value: single spaces, duplicates dropped.
 *
 * @param ids - scope ids, each a valid scope token
 * @returns e.g. `openid zone.read`
 * @throws TypeError when an id is not a valid scope token (programmer error)
 */
export function formatScope(ids: Iterable<string>): string {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    if (!SCOPE_TOKEN_PATTERN.test(id)) throw new TypeError(`not a scope token: ${JSON.stringify(id)}`);
  }
  return unique.join(' ');
}
