import { describe, expect, it } from 'vitest';
import * as errors from '../../../shared/errors/index.js';
import {
  InvalidScope,
  MethodNotAllowed,
  OAuthError,
  PreconditionFailed,
  RateLimited,
  ValidationFailed,
  quoteValue,
  safeDescription,
} from '../../../shared/errors/index.js';

describe('safeDescription', () => {
  it('drops quotes, backslashes, control and non-ASCII characters (RFC 6749 §5.2 charset)', () => {
    expect(safeDescription('bad "scope"\\ r\u00e9ad\r\n\ttab')).toBe('bad scope radtab');
  });

  it('keeps every allowed printable ASCII character', () => {
    const allowed = ' !#$%&\'()*+,-./09:;<=>?@AZ[]^_`az{|}~';
    expect(safeDescription(allowed)).toBe(allowed);
  });
});

describe('quoteValue', () => {
  it('percent-encodes what the description charset cannot carry', () => {
    expect(quoteValue('r\u00e9ad')).toBe("'r%C3%A9ad'");
    expect(quoteValue('a"b\\c\'d%')).toBe("'a%22b%5Cc%27d%25'");
  });

  it('cuts long values to 64 characters', () => {
    expect(quoteValue('x'.repeat(100))).toBe(`'${'x'.repeat(64)}...'`);
  });
});

describe('error classes', () => {
  const cases: Array<[string, number, string]> = [
    ['InvalidRequest', 400, 'invalid_request'],
    ['InvalidClient', 401, 'invalid_client'],
    ['InvalidGrant', 400, 'invalid_grant'],
    ['UnauthorizedClient', 400, 'unauthorized_client'],
    ['UnsupportedGrantType', 400, 'unsupported_grant_type'],
    ['UnsupportedResponseType', 400, 'unsupported_response_type'],
    ['InvalidScope', 400, 'invalid_scope'],
    ['AccessDenied', 403, 'access_denied'],
    ['ServerError', 500, 'server_error'],
    ['TemporarilyUnavailable', 503, 'temporarily_unavailable'],
    ['UnsupportedTokenType', 400, 'unsupported_token_type'],
    ['InvalidRedirectUri', 400, 'invalid_redirect_uri'],
    ['InvalidClientMetadata', 400, 'invalid_client_metadata'],
    ['InvalidToken', 401, 'invalid_token'],
    ['InsufficientScope', 403, 'insufficient_scope'],
    ['LoginRequired', 401, 'login_required'],
    ['ConsentRequired', 400, 'consent_required'],
    ['NotFound', 404, 'not_found'],
    ['Forbidden', 403, 'forbidden'],
    ['Unauthorized', 401, 'unauthorized'],
    ['Conflict', 409, 'conflict'],
    ['PayloadTooLarge', 413, 'payload_too_large'],
    ['UnsupportedMediaType', 415, 'unsupported_media_type'],
  ];

  it.each(cases)('%s has status %i and code %s and is an OAuthError', (name, status, code) => {
    const Ctor = (errors as unknown as Record<string, new (d: string) => OAuthError>)[name] as new (d: string) => OAuthError;
    const err = new Ctor('something "went" wrong');
    expect(err).toBeInstanceOf(OAuthError);
    expect(err).toBeInstanceOf(Error);
    expect({ status: err.status, code: err.code, name: err.name }).toEqual({ status, code, name });
    expect(err.description).toBe('something went wrong');
    expect(err.message).toBe('something went wrong');
  });

  it('keeps detail and field apart from the safe description, and the cause', () => {
    const cause = new Error('db down');
    const err = new InvalidScope('bad scope', { detail: 'token "r\u00e9ad"', field: 'scope', cause });
    expect(err.detail).toBe('token "r\u00e9ad"');
    expect(err.field).toBe('scope');
    expect(err.cause).toBe(cause);
  });

  it('carries the extra data of the API errors', () => {
    expect(new ValidationFailed('too long', { field: 'client_name' })).toMatchObject({ code: 'invalid_request', status: 400, field: 'client_name' });
    expect(new PreconditionFailed('not ready', ['logo_uri'])).toMatchObject({ status: 422, code: 'precondition_failed', unmet: ['logo_uri'] });
    expect(new RateLimited('slow down', 1.2)).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 2 });
    expect(new MethodNotAllowed('use POST', ['POST'])).toMatchObject({ status: 405, code: 'method_not_allowed', allow: ['POST'] });
  });
});
