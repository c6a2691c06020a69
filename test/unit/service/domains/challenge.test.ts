import { describe, expect, it } from 'vitest';
import { challengeFor, newChallengeToken } from '../../../../service/domains/challenge.js';
import { HostRejected } from '../../../../service/domains/host-rejected.js';
import { systemRandom } from '../../../../service/ports/random.js';

describe('challengeFor', () => {
  it('names the challenge label under the normalised host and our service in the value', () => {
    expect(challengeFor('App.Example.COM.', 'tok')).toEqual({
      record_name: '_consentry-challenge.app.example.com',
      record_value: 'consentry-verification=tok',
    });
    expect(challengeFor('bücher.example', 'tok').record_name).toBe('_consentry-challenge.xn--bcher-kva.example');
  });

  it('refuses a public suffix before anything is stored or queried', () => {
    expect(() => challengeFor('github.io', 'tok')).toThrow(HostRejected);
  });
});

describe('newChallengeToken', () => {
  it('D18: gives 10,000 distinct base64url tokens of 128 random bits', () => {
    const tokens = Array.from({ length: 10_000 }, () => newChallengeToken(systemRandom));
    expect(new Set(tokens).size).toBe(10_000);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(16);
    }
    // Every base64url character position is used: no fixed prefix or structure from guessable data.
    const firstChars = new Set(tokens.map((t) => t[0]));
    expect(firstChars.size).toBe(64);
  });
});
