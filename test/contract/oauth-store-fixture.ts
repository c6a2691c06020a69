import type { Stores } from '../../service/storage/stores.js';
import type { AuthorizationCode } from '../../service/storage/stores/authorization-codes-store.js';
import type { StoredClient } from '../../service/storage/stores/clients-store.js';
import type { Grant } from '../../service/storage/stores/grants-store.js';
import type { RefreshToken } from '../../service/storage/stores/refresh-tokens-store.js';
import { T0, account, seedUsers } from './store-fixture.js';

/** A client of account `accountId` (created if missing), with RFC 7591 field names. */
export async function seedClient(stores: Stores, clientId: string, accountId = 'a1', over: Partial<StoredClient> = {}): Promise<void> {
  if (!(await stores.accounts.byId(accountId))) await stores.accounts.create(account(accountId));
  await stores.clients.create({
    client_id: clientId,
    account_id: accountId,
    client_name: `App ${clientId}`,
    redirect_uris: ['https://app.example.test/cb'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scopes: ['zone.read', 'dns.write'],
    optional_scopes: [],
    client_uri: null,
    logo_uri: `https://img.example.test/${clientId}.png`,
    policy_uri: null,
    tos_uri: null,
    contacts: [],
    visibility: 'private',
    created_by: null,
    created_at: T0,
    updated_at: T0,
    ...over,
  });
}

/** User `userId`, client `clientId` and a live grant `grantId` between them. */
export async function seedGrant(stores: Stores, grantId = 'g1', userId = 'u1', clientId = 'c1'): Promise<Grant> {
  if (!(await stores.users.byId(userId))) await seedUsers(stores, userId);
  if (!(await stores.clients.byId(clientId))) await seedClient(stores, clientId);
  const r = await stores.grants.upsertConsent({ newId: grantId, userId, clientId, scopes: ['zone.read'], accountIds: ['a1'], now: T0 });
  return r.grant;
}

export function codeRow(codeHash: string, over: Partial<AuthorizationCode> = {}): AuthorizationCode {
  return {
    codeHash,
    grantId: 'g1',
    clientId: 'c1',
    userId: 'u1',
    redirectUri: 'https://app.example.test/cb',
    redirectUriInRequest: true,
    scopes: ['openid', 'zone.read'],
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    codeChallengeMethod: 'S256',
    nonce: 'n-0S6_WzA2Mj',
    authTime: T0 - 1000,
    createdAt: T0,
    expiresAt: T0 + 60_000,
    consumedAt: null,
    ...over,
  };
}

export function refreshRow(tokenHash: string, over: Partial<RefreshToken> = {}): RefreshToken {
  return {
    tokenHash,
    grantId: 'g1',
    clientId: 'c1',
    scopes: ['offline_access', 'zone.read'],
    createdAt: T0,
    lastUsedAt: null,
    expiresAt: T0 + 3_600_000,
    absoluteExpiresAt: T0 + 86_400_000,
    rotatedAt: null,
    replacedByHash: null,
    ...over,
  };
}
