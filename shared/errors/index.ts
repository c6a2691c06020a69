export { safeDescription, quoteValue } from './safe-description.js';
export { OAuthError, type OAuthErrorOptions } from './oauth-error.js';
export * from './oauth-errors.js';
export * from './api-errors.js';
export { API_ERROR_CODES, apiErrorCode, type ApiErrorCode } from './error-codes.js';
