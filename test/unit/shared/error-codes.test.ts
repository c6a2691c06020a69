import { describe, expect, it } from 'vitest';
import * as errors from '../../../shared/errors/index.js';
import { API_ERROR_CODES, apiErrorCode, OAuthError } from '../../../shared/errors/index.js';

/** Every exported error class, constructed with arguments each constructor accepts. */
const errorClasses = (Object.values(errors) as unknown[]).filter(
  (v): v is new (...args: unknown[]) => OAuthError => typeof v === 'function' && v.prototype instanceof OAuthError,
);
const codeOf = (E: (typeof errorClasses)[number]) => new E('x', ['y'], { field: 'f' }).code;

describe('API_ERROR_CODES', () => {
  it('is exactly the set of codes the error classes carry, each once', () => {
    const codes = errorClasses.map(codeOf);
    expect(errorClasses.length).toBeGreaterThan(20);
    expect([...new Set(codes)].sort()).toEqual([...API_ERROR_CODES].sort());
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
  });

  it('lets a caller narrow an error body to a known code, and leaves an unknown one undefined', () => {
    expect(apiErrorCode('invalid_grant')).toBe('invalid_grant');
    expect(apiErrorCode('precondition_failed')).toBe('precondition_failed');
    expect(apiErrorCode('some_future_code')).toBeUndefined();
  });
});
