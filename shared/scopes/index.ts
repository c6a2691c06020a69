export * from './risk.js';
export * from './scope-token.js';
export * from './scope-catalog-schema.js';
export { parseScopeCatalog, formatPath } from './parse-scope-catalog.js';
export { defaultCatalog, type DefaultScopeId } from './default-catalog.js';
export { ScopeCatalog, type ScopeGroup } from './scope-catalog.js';
export { parseScope, formatScope } from './parse-scope.js';
