import { describe, expect, it } from 'vitest';
import { InvalidScope } from '../../../shared/errors/index.js';
import { formatScope, parseScope } from '../../../shared/scopes/index.js';

function scopeError(value: string): InvalidScope {
  try {
    parseScope(value);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidScope);
    return err as InvalidScope;
  }
  throw new Error(`parseScope(${JSON.stringify(value)}) did not throw`);
}

describe('parseScope', () => {
  it('splits single-space separated tokens in request order', () => {
    expect(parseScope('openid zone.read dns.write')).toEqual(['openid', 'zone.read', 'dns.write']);
  });

  it('drops repeated tokens, keeping the first occurrence', () => {
    expect(parseScope('dns.read zone.read dns.read')).toEqual(['dns.read', 'zone.read']);
  });

  it('treats an empty value as no scope (OAuth 2.1 §3.1)', () => {
    expect(parseScope('')).toEqual([]);
  });

  it('accepts every character RFC 6749 §3.3 allows in a token', () => {
    expect(parseScope('!#[]~ a:b/c?d=e')).toEqual(['!#[]~', 'a:b/c?d=e']);
  });

  it('rejects a non-ASCII token and names it in the description and the detail', () => {
    const err = scopeError('read r\u00e9ad');
    expect(err.code).toBe('invalid_scope');
    expect(err.field).toBe('scope');
    expect(err.description).toBe("scope token 'r%C3%A9ad' contains a character outside RFC 6749 section 3.3");
    expect(err.detail).toBe('scope token "r\u00e9ad" contains a character outside RFC 6749 §3.3');
  });

  it('rejects a zero-width space hidden inside a token', () => {
    expect(scopeError('read\u200Badmin').description).toBe(
      "scope token 'read%E2%80%8Badmin' contains a character outside RFC 6749 section 3.3",
    );
  });

  it('rejects " and \\ in a token', () => {
    expect(scopeError('a"b').description).toContain("'a%22b'");
    expect(scopeError('a\\b').description).toContain("'a%5Cb'");
  });

  it.each([
    ['a double space', 'read  write', 2],
    ['a leading space', ' read', 1],
    ['a trailing space', 'read ', 2],
    ['a lone space', ' ', 1],
  ])('rejects %s as an empty token', (_label, value, position) => {
    expect(scopeError(value).description).toBe(
      `scope has an empty token at position ${position}; separate tokens with exactly one space`,
    );
  });

  it('rejects tabs and newlines as separators', () => {
    expect(scopeError('read\twrite').description).toContain("'read%09write'");
  });

  it('accepts 100 tokens and rejects 101', () => {
    const tokens = Array.from({ length: 101 }, (_, i) => `s${i}`);
    expect(parseScope(tokens.slice(0, 100).join(' '))).toHaveLength(100);
    expect(scopeError(tokens.join(' ')).description).toBe('scope has 101 tokens; at most 100 are allowed');
  });

  it('accepts a 128-character token and rejects 129', () => {
    expect(parseScope('a'.repeat(128))).toEqual(['a'.repeat(128)]);
    expect(scopeError('a'.repeat(129)).description).toMatch(/^scope token 'a{64}\.\.\.' is longer than 128 characters$/);
  });

  it('rejects a 100 KB value before splitting it', () => {
    expect(scopeError('a '.repeat(50_000)).description).toBe('scope is longer than 12900 characters');
  });
});

describe('formatScope', () => {
  it('joins ids with single spaces and drops duplicates', () => {
    expect(formatScope(['openid', 'zone.read', 'openid'])).toBe('openid zone.read');
  });

  it('round-trips with parseScope', () => {
    expect(parseScope(formatScope(['a', 'b.c', 'd:e']))).toEqual(['a', 'b.c', 'd:e']);
  });

  it('throws TypeError for an id that is not a scope token (programmer error)', () => {
    expect(() => formatScope(['a b'])).toThrow(TypeError);
  });
});
