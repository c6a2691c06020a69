import { issueClientSecret } from '../../service/clients/client-secret-issuer.js';
import type { Deps } from '../../service/deps.js';
import type { StoredClient } from '../../service/storage/stores/clients-store.js';
import type { SignedIn } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** The RFC 7636 Appendix B PKCE pair (docs/security.md#fixtures: `V` / `C`). */
export const PKCE = {
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
} as const;

/** A client inserted straight into the store (confidential web client by default). */
export async function registerClient(
  deps: Pick<Deps, 'stores' | 'clock' | 'random'>,
  over: Partial<StoredClient> & { account_id: string },
): Promise<StoredClient> {
  const now = deps.clock.now();
  const client: StoredClient = {
    client_id: deps.random.token(16),
    client_name: 'Example App',
    redirect_uris: ['https://app.example.com/cb'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scopes: ['openid', 'zone.read'],
    optional_scopes: [],
    client_uri: 'https://app.example.com',
    logo_uri: null,
    policy_uri: null,
    tos_uri: null,
    contacts: [],
    visibility: 'private',
    created_by: null,
    created_at: now,
    updated_at: now,
    ...over,
  };
  await deps.stores.clients.create(client);
  return client;
}

/** A confidential client (`client_secret_basic`) with one live secret, returned in clear once. */
export async function registerConfidentialClient(
  deps: Pick<Deps, 'stores' | 'clock' | 'random'>,
  over: Partial<StoredClient> & { account_id: string },
): Promise<{ client: StoredClient; secret: string }> {
  const client = await registerClient(deps, { token_endpoint_auth_method: 'client_secret_basic', ...over });
  const secret = issueClientSecret(deps, client.client_id, deps.clock.now());
  await deps.stores.clients.addSecret(secret.record);
  return { client, secret: secret.value };
}

/** `AUTHZ(x)` of docs/security.md#fixtures: a valid request for `client`, with `over` applied (`undefined` omits). */
export function authzParams(client: Pick<StoredClient, 'client_id' | 'redirect_uris'>, over: Record<string, string | undefined> = {}) {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: client.client_id,
    redirect_uri: client.redirect_uris[0],
    scope: 'openid',
    state: 'xyz',
    code_challenge: PKCE.challenge,
    code_challenge_method: 'S256',
    ...over,
  };
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** The authorization URL for `params` (a list of pairs keeps duplicates). */
export function authorizationUrl(app: TestApp, params: Record<string, string> | Array<[string, string]>): string {
  return `${app.url}/oauth2/auth?${new URLSearchParams(params).toString()}`;
}

/** GET /oauth2/auth without following redirects. */
export function getAuthorize(
  app: TestApp,
  session: Pick<SignedIn, 'cookie'> | undefined,
  params: Record<string, string> | Array<[string, string]>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(authorizationUrl(app, params), {
    redirect: 'manual',
    headers: { ...(session ? { cookie: session.cookie } : {}), ...headers },
  });
}

/** The pending request id of a rendered consent page. */
export function consentRequestId(html: string): string {
  const m = /name="request" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('oauth-flow: no consent form on the page');
  return m[1]!;
}

/** The ids of the account checkboxes a consent page ticks by default. */
export function checkedAccounts(html: string): string[] {
  return [...html.matchAll(/<input type="checkbox" name="account" value="([^"]+)" checked/g)].map((m) => m[1]!);
}

export interface ConsentAnswer {
  action?: 'approve' | 'deny';
  /** Optional scopes left on; default: every optional scope on the page. */
  optionalScopes?: string[];
  /** Accounts ticked; default: those the page ticks. */
  accounts?: string[];
}

/** POST /oauth2/consent as the consent form does. */
export function postConsent(
  app: TestApp,
  session: SignedIn,
  fields: Array<[string, string]>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${app.url}/oauth2/consent`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie, ...headers },
    body: new URLSearchParams([['_csrf', session.csrfToken], ...fields]),
  });
}

/** The consent form's fields for `answer` on the page `html`. */
export function consentFields(html: string, answer: ConsentAnswer = {}): Array<[string, string]> {
  const optional = answer.optionalScopes ?? [...html.matchAll(/name="optional_scope" value="([^"]+)"/g)].map((m) => m[1]!);
  const accounts = answer.accounts ?? checkedAccounts(html);
  return [
    ['request', consentRequestId(html)],
    ['action', answer.action ?? 'approve'],
    ...optional.map((s): [string, string] => ['optional_scope', s]),
    ...accounts.map((a): [string, string] => ['account', a]),
  ];
}

export interface AuthorizationResult {
  /** The redirect to the client. */
  location: URL;
  code: string | null;
  state: string | null;
  iss: string | null;
  error: string | null;
}

/**
 * Runs the browser side of the code flow: GET /oauth2/auth, and when the consent page shows,
 * POST the answer; returns the redirect to the client (code, state, iss). Throws when the
 * server answers with anything but a consent page or a redirect.
 */
export async function authorize(
  app: TestApp,
  session: SignedIn,
  params: Record<string, string>,
  answer: ConsentAnswer = {},
): Promise<AuthorizationResult> {
  return followAuthorizationUrl(app, session, authorizationUrl(app, params), answer);
}

/**
 * The same for a full authorization URL built by a real client library (openid-client,
 * oauth4webapi): the browser's GET with the session cookie, then the consent answer.
 */
export async function followAuthorizationUrl(
  app: TestApp,
  session: SignedIn,
  url: string | URL,
  answer: ConsentAnswer = {},
): Promise<AuthorizationResult> {
  let res = await fetch(url, { redirect: 'manual', headers: { cookie: session.cookie } });
  if (res.status === 200) {
    const html = await res.text();
    res = await postConsent(app, session, consentFields(html, answer));
  }
  const location = res.headers.get('location');
  if (res.status !== 303 || !location) throw new Error(`oauth-flow: expected a 303 redirect, got ${res.status}: ${await res.text()}`);
  return readRedirect(location);
}

/** Reads an authorization response redirect. */
export function readRedirect(location: string): AuthorizationResult {
  const url = new URL(location);
  const q = url.searchParams;
  return { location: url, code: q.get('code'), state: q.get('state'), iss: q.get('iss'), error: q.get('error') };
}
