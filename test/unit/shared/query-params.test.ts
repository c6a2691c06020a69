import { describe, expect, it } from 'vitest';
import { forEachQueryParam } from '../../../shared/oauth/query-params.js';

function pairs(search: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  forEachQueryParam(search, (name, value) => out.push([name, value]));
  return out;
}

describe('forEachQueryParam', () => {
  it.each([
    '?a=1&b=2',
    '?scope=openid+email%20profile&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb',
    '?a=1&a=2&&b&=c&d=',
    '?bad=%E0%A4%A&pct=100%&lone=%zz',
    '?utf=r%C3%A9ad&zwsp=read%E2%80%8Badmin',
    '?eq=a=b=c&plus=%2B+x',
    '',
    '?',
  ])('decodes %j exactly like URLSearchParams', (search) => {
    expect(pairs(search)).toEqual([...new URLSearchParams(search)]);
  });
});
