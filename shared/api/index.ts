// The contract between the service and the extension: the companion API's paths, the zod
// schemas of its answers (the service's OpenAPI is generated from them, the extension validates
// every answer with them), the error body and the trust shield.
export * from './paths.js';
export * from './errors.js';
export * from './shield.js';
export * from './public-lookup.js';
export * from './clients.js';
export * from './accounts.js';
export * from './audit-log.js';
export * from './connected-apps.js';
export * from './api-tokens.js';
export { API_ERROR_CODES, apiErrorCode, type ApiErrorCode } from '../errors/error-codes.js';
