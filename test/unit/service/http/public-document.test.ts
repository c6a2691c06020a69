import { describe, expect, it } from 'vitest';
import { jsonRepresentation, matchesIfNoneMatch, withLeadingFields } from '../../../../service/http/public-document.js';

const opts = { contentType: 'application/json; charset=utf-8', cacheControl: 'public, max-age=300' };

describe('jsonRepresentation', () => {
  it('serialises once, with the headers that describe the bytes', () => {
    const rep = jsonRepresentation({ issuer: 'https://as.example', n: 1 }, opts);
    expect(rep.body.toString('utf8')).toBe('{"issuer":"https://as.example","n":1}');
    expect(rep.fields).toEqual([
      'Cache-Control', 'public, max-age=300',
      'Content-Type', 'application/json; charset=utf-8',
      'Content-Length', String(rep.body.length),
      'ETag', rep.etag,
    ]);
    expect(rep.notModifiedFields).toEqual(['Cache-Control', 'public, max-age=300', 'ETag', rep.etag]);
  });

  it('gives a strong ETag that follows the content (RFC 9110 §8.8.3)', () => {
    const a = jsonRepresentation({ keys: ['a'] }, opts);
    expect(a.etag).toMatch(/^"[\w-]{32}"$/);
    expect(jsonRepresentation({ keys: ['a'] }, opts).etag).toBe(a.etag);
    expect(jsonRepresentation({ keys: ['b'] }, opts).etag).not.toBe(a.etag);
  });

  it('puts leading fields (security, CORS) before its own', () => {
    const rep = withLeadingFields(jsonRepresentation({}, opts), ['X-Frame-Options', 'DENY']);
    expect(rep.fields.slice(0, 4)).toEqual(['X-Frame-Options', 'DENY', 'Cache-Control', 'public, max-age=300']);
    expect(rep.notModifiedFields.slice(0, 4)).toEqual(['X-Frame-Options', 'DENY', 'Cache-Control', 'public, max-age=300']);
  });
});

describe('matchesIfNoneMatch (RFC 9110 §13.1.2, weak comparison)', () => {
  const etag = '"abc"';
  it.each(['"abc"', 'W/"abc"', '"x", "abc"', '"x",W/"abc"', '*'])('matches %s', (header) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(true);
  });
  it.each([undefined, '', '"ab"', 'abc', '"abcd"', 'W/"x"', '"x", "y"'])('does not match %j', (header) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(false);
  });
});
