export type { ProviderDefinition, ScopeSyntax, LastingRule, ReviewPage, ClientKind, ResourceDefinition } from './provider-definition.js';
export { PROVIDERS, GENERIC_PROVIDER } from './providers.js';
export { FIRST_PARTY_CLIENTS, firstPartyClient, type FirstPartyClient } from './first-party-clients.js';
export { providerOfHost, matchAuthorizationEndpoint, matchDevicePage, registrableDomain, type MatchOptions, type ProviderMatch } from './match-provider.js';
export { findLookalike, displayHost, type Lookalike, type LookalikeKind } from './lookalike.js';
export { resolveScopes, requestedScopeNames } from './resolve-scopes.js';
export { catalogIndex, DEFAULT_CATALOGS, type CatalogIndex } from './catalogs.js';
