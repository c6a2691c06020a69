import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OAuthClient, clientMetadataInput, clientMetadataPatch } from '../../../shared/oauth/index.js';

const valid = {
  client_name: 'Zone Reporter',
  redirect_uris: ['https://app.example.com/cb'],
  scopes: ['zone.read'],
};

function issues(input: unknown, schema: z.ZodType = clientMetadataInput) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
}

describe('clientMetadataInput', () => {
  it('applies the RFC 7591 defaults', () => {
    expect(clientMetadataInput.parse(valid)).toEqual({
      ...valid,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      optional_scopes: [],
    });
  });

  it('trims client_name and accepts markup as plain text (K4: the renderer escapes it)', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(clientMetadataInput.parse({ ...valid, client_name: `  ${name} ` }).client_name).toBe(name);
  });

  it('rejects bidi controls in client_name (K4)', () => {
    expect(issues({ ...valid, client_name: 'Goo\u202Egle' })).toEqual([
      {
        path: 'client_name',
        message: 'must not contain bidirectional control characters (U+202A-202E, U+2066-2069, U+200E, U+200F)',
      },
    ]);
    for (const c of ['\u2066', '\u200E', '\u200F']) expect(issues({ ...valid, client_name: `a${c}b` })).toHaveLength(1);
  });

  it('rejects control characters, empty and over-long names', () => {
    expect(issues({ ...valid, client_name: 'a\nb' })[0]?.message).toBe('must not contain control characters');
    expect(issues({ ...valid, client_name: '   ' })[0]?.path).toBe('client_name');
    expect(issues({ ...valid, client_name: 'x'.repeat(101) })[0]?.path).toBe('client_name');
  });

  it('rejects a javascript: logo_uri and an http client_uri (K4)', () => {
    expect(issues({ ...valid, logo_uri: 'javascript:alert(1)' })).toEqual([
      { path: 'logo_uri', message: 'logo_uri must be an absolute https URL' },
    ]);
    expect(issues({ ...valid, client_uri: 'http://app.example.com' })[0]?.path).toBe('client_uri');
    expect(issues({ ...valid, policy_uri: 'https://u@app.example.com/p' })[0]?.message).toBe('policy_uri must not contain userinfo');
  });

  it('rejects an unknown key and names it', () => {
    const found = issues({ ...valid, client_secret: 'mine', visibility: 'public' });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('client_secret');
    expect(found[0]?.message).toContain('visibility');
  });

  it('limits redirect_uris to 1-10 distinct entries', () => {
    expect(issues({ ...valid, redirect_uris: [] })[0]?.path).toBe('redirect_uris');
    const eleven = Array.from({ length: 11 }, (_, i) => `https://app.example.com/${i}`);
    expect(issues({ ...valid, redirect_uris: eleven })[0]?.path).toBe('redirect_uris');
    expect(issues({ ...valid, redirect_uris: ['https://a.example/cb', 'https://a.example/cb'] })[0]?.message).toBe(
      'must not contain duplicates',
    );
  });

  it('allows only the code flow and known grant types and auth methods', () => {
    expect(issues({ ...valid, response_types: ['token'] })[0]?.path).toBe('response_types.0');
    expect(issues({ ...valid, grant_types: ['client_credentials'] })[0]?.path).toBe('grant_types.0');
    expect(issues({ ...valid, grant_types: ['refresh_token'] })[0]?.message).toBe('must include authorization_code');
    expect(issues({ ...valid, token_endpoint_auth_method: 'private_key_jwt' })[0]?.path).toBe('token_endpoint_auth_method');
  });

  it('requires 1-100 scope tokens and at most 10 email contacts', () => {
    expect(issues({ ...valid, scopes: [] })[0]?.path).toBe('scopes');
    expect(issues({ ...valid, scopes: ['r\u00e9ad'] })[0]?.path).toBe('scopes.0');
    expect(issues({ ...valid, contacts: ['not-an-email'] })[0]?.path).toBe('contacts.0');
    const many = Array.from({ length: 11 }, (_, i) => `dev${i}@example.com`);
    expect(issues({ ...valid, contacts: many })[0]?.path).toBe('contacts');
  });

  it('converts to JSON Schema with a description on every property', () => {
    const schema = z.toJSONSchema(clientMetadataInput) as { properties: Record<string, { description?: string }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toBeTruthy();
  });
});

describe('clientMetadataPatch', () => {
  it('applies no defaults, so omitted fields stay unchanged', () => {
    expect(clientMetadataPatch.parse({ client_name: 'New name' })).toEqual({ client_name: 'New name' });
  });

  it('accepts null to clear an optional URL and still rejects unknown keys', () => {
    expect(clientMetadataPatch.parse({ logo_uri: null })).toEqual({ logo_uri: null });
    expect(issues({ client_id: 'x' }, clientMetadataPatch)[0]?.message).toContain('client_id');
  });
});

describe('OAuthClient', () => {
  const client = {
    ...clientMetadataInput.parse(valid),
    client_id: 'c_123',
    account_id: 'acc_1',
    visibility: 'private',
    client_uri_verification: {
      status: 'none', record_name: null, record_value: null, checked_at: null, verified_at: null, last_error: null,
    },
    secrets: [],
    created_at: '2026-01-02T03:04:05.000Z',
    updated_at: '2026-01-02T03:04:05.000Z',
  };

  it('parses a client as the API returns it and drops fields it does not know', () => {
    expect(OAuthClient.parse({ ...client, future_field: 1 })).toEqual(client);
  });

  it('rejects an unknown verification status and a non-ISO timestamp', () => {
    const bad = { ...client, created_at: 'yesterday', client_uri_verification: { ...client.client_uri_verification, status: 'ok' } };
    expect(issues(bad, OAuthClient).map((i) => i.path).sort()).toEqual(['client_uri_verification.status', 'created_at']);
  });

  it('converts to JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(OAuthClient)).not.toThrow();
  });
});
