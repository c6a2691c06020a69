// oidc-provider ships no type declarations; the bench peer uses it untyped.
declare module 'oidc-provider';
declare module 'oidc-provider/lib/adapters/memory_adapter.js';
declare module 'oidc-provider/lib/helpers/lru.js';
// autocannon ships no type declarations either; load-test.ts wraps it behind typed options.
declare module 'autocannon';
