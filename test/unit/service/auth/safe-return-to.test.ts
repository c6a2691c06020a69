import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../../../service/auth/safe-return-to.js';

describe('safeReturnTo', () => {
  it.each(['/', '/accounts/a1/clients', '/oauth2/auth?client_id=x&scope=a%20b', '/settings/tokens#list'])('keeps the same-origin path %s', (p) => {
    expect(safeReturnTo(p)).toBe(p);
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'https:evil.example',
    'javascript:alert(1)',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'evil.example',
    '',
    '/a\\b',
    `/${'a'.repeat(2048)}`,
  ])('falls back to / for %j', (p) => {
    expect(safeReturnTo(p)).toBe('/');
  });

  it('falls back to / when absent, or to the given fallback', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('//evil.example', '/home')).toBe('/home');
  });
});
