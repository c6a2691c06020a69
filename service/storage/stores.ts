import type { Db } from './database.js';
import { createAccountsStore, type AccountsStore } from './stores/accounts-store.js';
import { createApiTokensStore, type ApiTokensStore } from './stores/api-tokens-store.js';
import { createAuditStore, type AuditStore } from './stores/audit-store.js';
import { createAuthorizationCodesStore, type AuthorizationCodesStore } from './stores/authorization-codes-store.js';
import { createAuthorizationRequestsStore, type AuthorizationRequestsStore } from './stores/authorization-requests-store.js';
import { createClientsStore, type ClientsStore } from './stores/clients-store.js';
import { createDomainVerificationsStore, type DomainVerificationsStore } from './stores/domain-verifications-store.js';
import { createGrantsStore, type GrantsStore } from './stores/grants-store.js';
import { createMetaStore, type MetaStore } from './stores/meta-store.js';
import { createRefreshTokensStore, type RefreshTokensStore } from './stores/refresh-tokens-store.js';
import { createSessionsStore, type SessionsStore } from './stores/sessions-store.js';
import { createSigningKeysStore, type SigningKeysStore } from './stores/signing-keys-store.js';
import { createUsersStore, type UsersStore } from './stores/users-store.js';

/** Every repository, one per aggregate. */
export interface Stores {
  users: UsersStore;
  sessions: SessionsStore;
  accounts: AccountsStore;
  clients: ClientsStore;
  apiTokens: ApiTokensStore;
  audit: AuditStore;
  meta: MetaStore;
  grants: GrantsStore;
  authorizationCodes: AuthorizationCodesStore;
  refreshTokens: RefreshTokensStore;
  signingKeys: SigningKeysStore;
  authorizationRequests: AuthorizationRequestsStore;
  domainVerifications: DomainVerificationsStore;
}

export function createStores(db: Db): Stores {
  return {
    users: createUsersStore(db),
    sessions: createSessionsStore(db),
    accounts: createAccountsStore(db),
    clients: createClientsStore(db),
    apiTokens: createApiTokensStore(db),
    audit: createAuditStore(db),
    meta: createMetaStore(db),
    grants: createGrantsStore(db),
    authorizationCodes: createAuthorizationCodesStore(db),
    refreshTokens: createRefreshTokensStore(db),
    signingKeys: createSigningKeysStore(db),
    authorizationRequests: createAuthorizationRequestsStore(db),
    domainVerifications: createDomainVerificationsStore(db),
  };
}
