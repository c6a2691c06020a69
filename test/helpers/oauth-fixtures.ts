import { decodeJwt, decodeProtectedHeader } from 'jose';
import { expect } from 'vitest';
import { issueClientSecret } from '../../service/clients/client-secret-issuer.js';
import type { Deps } from '../../service/deps.js';
import { sha256 } from '../../service/ports/random.js';
import type { AuthorizationCode } from '../../service/storage/stores/authorization-codes-store.js';
import type { StoredClient } from '../../service/storage/stores/clients-store.js';
import type { Grant } from '../../service/storage/stores/grants-store.js';
import type { User } from '../../service/storage/stores/users-store.js';
import { createAccountWithMember, createUser } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** The RFC 7636 Appendix B pair (docs/security.md#fixtures: `V` / `C`). */
export const V = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const C = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
export const REDIRECT = 'https://app.example.com/cb';

export interface SeededClient {
  client: StoredClient;
  /** The secret in clear (undefined for public clients). */
  secret?: string;
  /** A member of the owning account, able to authorize the (private) client. */
  user: User;
  accountId: string;
}

let seq = 0;

/**
 * A user, an account they belong to, and a client of that account (confidential
 * `client_secret_basic` with one live secret unless `over` says otherwise). `secret` forces a
 * known secret value (docs/security.md A5).
 */
export async function seedOAuthClient(
  deps: Deps,
  over: Partial<StoredClient> = {},
  opts: { secret?: string; user?: User } = {},
): Promise<SeededClient> {
  const n = ++seq;
  const user = opts.user ?? (await createUser(deps, { email: `owner${n}-${deps.random.token(4)}@example.test`, password: 'correct horse battery' }));
  const account = await createAccountWithMember(deps, { userId: user.id, role: 'admin', name: `Account ${n}` });
  const now = deps.clock.now();
  const client: StoredClient = {
    client_id: deps.random.token(16),
    account_id: account.id,
    client_name: `App ${n}`,
    redirect_uris: [REDIRECT],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scopes: ['openid', 'email', 'profile', 'offline_access', 'zone.read', 'dns.write'],
    optional_scopes: [],
    client_uri: null,
    logo_uri: null,
    policy_uri: null,
    tos_uri: null,
    contacts: [],
    visibility: 'private',
    created_by: user.id,
    created_at: now,
    updated_at: now,
    ...over,
  };
  await deps.stores.clients.create(client);
  if (client.token_endpoint_auth_method === 'none') return { client, user, accountId: account.id };
  const issued = issueClientSecret(deps, client.client_id, now);
  if (opts.secret !== undefined) issued.record.secretHash = sha256(opts.secret);
  await deps.stores.clients.addSecret(issued.record);
  return { client, secret: opts.secret ?? issued.value, user, accountId: account.id };
}

/** The live grant of (user, client) with `scopes`, as consent would create it. */
export async function seedGrant(deps: Deps, seeded: SeededClient, scopes: string[], user: User = seeded.user): Promise<Grant> {
  const now = deps.clock.now();
  const r = await deps.stores.grants.upsertConsent({
    newId: deps.random.orderedId(now),
    userId: user.id,
    clientId: seeded.client.client_id,
    scopes,
    accountIds: [seeded.accountId],
    now,
  });
  return r.grant;
}

/**
 * An authorization code minted straight into the store (what `/oauth2/auth` + consent would
 * issue), bound to the grant's client, REDIRECT and the PKCE challenge `C`. Returns the code.
 */
export async function mintCode(deps: Deps, grant: Grant, over: Partial<AuthorizationCode> & { scopes?: string[] } = {}): Promise<string> {
  const code = deps.random.token(32);
  const now = deps.clock.now();
  await deps.stores.authorizationCodes.create({
    codeHash: sha256(code),
    grantId: grant.id,
    clientId: grant.clientId,
    userId: grant.userId,
    redirectUri: REDIRECT,
    redirectUriInRequest: true,
    scopes: grant.scopes,
    codeChallenge: C,
    codeChallengeMethod: 'S256',
    nonce: 'n-0S6_WzA2Mj',
    authTime: now - 5_000,
    createdAt: now,
    expiresAt: now + deps.config.CODE_TTL_SECONDS * 1000,
    consumedAt: null,
    ...over,
  });
  return code;
}

/** `Authorization: Basic` per RFC 6749 §2.3.1: id and secret form-url-encoded, then base64. */
export function basic(clientId: string, secret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(secret)}`).toString('base64')}`;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the body is not JSON, or undefined when empty. */
  body: any;
}

/** POSTs a urlencoded form (repeated keys allowed as [k, v] pairs) and reads the answer. */
export async function postForm(
  app: TestApp,
  path: string,
  form: Record<string, string | undefined> | Array<[string, string]>,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const pairs = Array.isArray(form) ? form : Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined);
  const res = await fetch(app.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(pairs).toString(),
  });
  return read(res);
}

export async function read(res: Response): Promise<HttpResult> {
  const text = await res.text();
  let body: unknown = text === '' ? undefined : text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body };
}

/** `TOKEN(x)` of docs/security.md#fixtures for a confidential client: the code exchange with `over` applied. */
export function exchange(app: TestApp, seeded: SeededClient, code: string, over: Record<string, string | undefined> = {}, headers?: Record<string, string>) {
  const auth: Record<string, string> = seeded.secret !== undefined ? { authorization: basic(seeded.client.client_id, seeded.secret) } : {};
  const clientId = seeded.secret === undefined ? { client_id: seeded.client.client_id } : {};
  return postForm(
    app,
    '/oauth2/token',
    { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: V, ...clientId, ...over },
    headers ?? auth,
  );
}

/** `grant_type=refresh_token` for `seeded` with `over` applied. */
export function refresh(app: TestApp, seeded: SeededClient, refreshToken: string, over: Record<string, string | undefined> = {}) {
  const auth: Record<string, string> = seeded.secret !== undefined ? { authorization: basic(seeded.client.client_id, seeded.secret) } : {};
  const clientId = seeded.secret === undefined ? { client_id: seeded.client.client_id } : {};
  return postForm(app, '/oauth2/token', { grant_type: 'refresh_token', refresh_token: refreshToken, ...clientId, ...over }, auth);
}

/** Introspects `token` as `seeded` and returns the response. */
export function introspect(app: TestApp, seeded: SeededClient, token: string) {
  return postForm(app, '/oauth2/introspect', { token }, { authorization: basic(seeded.client.client_id, seeded.secret!) });
}

/** Asserts a token-endpoint error exactly: status, `{error, error_description}`, no-store. */
export function expectOAuthError(r: HttpResult, status: number, error: string, field?: string): void {
  expect({ status: r.status, error: r.body?.error, field: r.body?.field, keys: Object.keys(r.body ?? {}).sort() }).toEqual({
    status,
    error,
    field,
    keys: field ? ['error', 'error_description', 'field'] : ['error', 'error_description'],
  });
  expect(r.body.error_description).toMatch(/^[\x20\x21\x23-\x5B\x5D-\x7E]+$/);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(r.headers.get('cache-control')).toBe('no-store');
}

/** Asserts a successful token response: exact key set, Bearer, no-store, and the AT's scope. */
export function expectTokens(r: HttpResult, scope: string, keys: string[]): void {
  expect(r.status).toBe(200);
  expect(Object.keys(r.body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type', ...keys].sort());
  expect(r.body).toMatchObject({ token_type: 'Bearer', scope, expires_in: 300 });
  expect(r.headers.get('cache-control')).toBe('no-store');
  expect(r.headers.get('pragma')).toBe('no-cache');
  expect(decodeJwt(r.body.access_token).scope).toBe(scope);
  expect(decodeProtectedHeader(r.body.access_token)).toMatchObject({ typ: 'at+jwt', alg: 'ES256' });
}
