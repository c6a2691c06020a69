import { describe, expect, it } from 'vitest';
import { clientShield, publisherHost } from '../../../shared/api/index.js';

const verified = { status: 'verified' };

describe('clientShield', () => {
  it("gives first-party to a client of the operator's own account, verified or not", () => {
    expect(clientShield({ client_uri: null }, { firstParty: true })).toBe('first-party');
    expect(clientShield({ client_uri: 'https://app.example.com/', client_uri_verification: verified }, { firstParty: true })).toBe('first-party');
  });

  it('gives verified to a third party whose client_uri host is verified', () => {
    expect(clientShield({ client_uri: 'https://app.example.com/', client_uri_verification: verified }, { firstParty: false })).toBe('verified');
  });

  it('gives unverified to a third party while the check is pending, failed or lost, or without client_uri', () => {
    for (const status of ['none', 'pending', 'in_progress', 'failed']) {
      expect(clientShield({ client_uri: 'https://app.example.com/', client_uri_verification: { status } }, { firstParty: false })).toBe('unverified');
    }
    expect(clientShield({ client_uri: 'https://app.example.com/', client_uri_verification: null }, { firstParty: false })).toBe('unverified');
    // A verification row left behind by a removed client_uri verifies nothing.
    expect(clientShield({ client_uri: null, client_uri_verification: verified }, { firstParty: false })).toBe('unverified');
  });

  it('never gives first-party when the owner account is unknown', () => {
    expect(clientShield({ client_uri: 'https://app.example.com/', client_uri_verification: verified }, undefined)).toBe('verified');
    expect(clientShield({ client_uri: null }, undefined)).toBe('unverified');
  });
});

describe('publisherHost', () => {
  it("is client_uri's host (with a port when one is given), or null without a usable client_uri", () => {
    expect(publisherHost({ client_uri: 'https://App.Example.com:8443/about' })).toBe('app.example.com:8443');
    expect(publisherHost({ client_uri: null })).toBeNull();
    expect(publisherHost({ client_uri: 'not a url' })).toBeNull();
  });
});
