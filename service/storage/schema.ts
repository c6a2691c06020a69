import type { ColumnType } from 'kysely';

/**
 * Table shapes shared by SQLite and PostgreSQL. Times are epoch milliseconds (bigint in PG,
 * integer in SQLite); booleans are 0/1 integers; lists are JSON text. Keeping one set of
 * column types lets one migration set and one store implementation serve both engines.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: number;
  disabled: number;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
  ip: string | null;
  user_agent: string | null;
}

export interface AccountsTable {
  id: string;
  name: string;
  first_party: number;
  third_party_access: number;
  created_at: number;
}

export interface MembershipsTable {
  account_id: string;
  user_id: string;
  role: 'admin' | 'developer' | 'member';
  created_at: number;
}

export interface OAuthClientsTable {
  client_id: string;
  account_id: string;
  client_name: string;
  redirect_uris: string;
  grant_types: string;
  response_types: string;
  token_endpoint_auth_method: string;
  scopes: string;
  optional_scopes: string;
  client_uri: string | null;
  logo_uri: string | null;
  policy_uri: string | null;
  tos_uri: string | null;
  contacts: string;
  visibility: 'private' | 'public';
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface ClientSecretsTable {
  id: string;
  client_id: string;
  secret_hash: string;
  created_at: number;
  /** Set on the old secret when a rotation is started; null = lives until rotated. */
  expires_at: number | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface AuditEventsTable {
  /** Time-ordered random id (sorts by creation on both engines). */
  id: string;
  account_id: string | null;
  actor_user_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  data: string;
  ip: string | null;
  created_at: number;
}

export interface MigrationsTable {
  name: string;
  applied_at: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface GrantsTable {
  id: string;
  user_id: string;
  client_id: string;
  /** JSON array of account ids chosen on the consent page. */
  account_ids: string;
  /** JSON array of granted scope ids. */
  scopes: string;
  created_at: number;
  updated_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  revoked_reason: string | null;
}

export interface AuthorizationCodesTable {
  /** SHA-256 (base64url) of the code; the code itself is never stored. */
  code_hash: string;
  grant_id: string;
  client_id: string;
  user_id: string;
  redirect_uri: string;
  redirect_uri_in_request: number;
  scopes: string;
  code_challenge: string | null;
  code_challenge_method: string | null;
  nonce: string | null;
  auth_time: number;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface RefreshTokensTable {
  /** SHA-256 (base64url) of the token; the token itself is never stored. */
  token_hash: string;
  grant_id: string;
  client_id: string;
  scopes: string;
  created_at: number;
  last_used_at: number | null;
  /** Idle expiry: moves forward with every rotation. */
  expires_at: number;
  /** Absolute expiry of the whole chain, inherited by every rotation. */
  absolute_expires_at: number;
  rotated_at: number | null;
  replaced_by_hash: string | null;
}

export interface SigningKeysTable {
  kid: string;
  alg: string;
  public_jwk: string;
  private_jwk: string;
  created_at: number;
  state: 'next' | 'current' | 'previous' | 'retired';
  retired_at: number | null;
}

export interface AuthorizationRequestsTable {
  /** Random token the consent form posts back (bound to user_id). */
  id: string;
  user_id: string;
  client_id: string;
  /** JSON of the validated authorization request. */
  params: string;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface DomainVerificationsTable {
  client_id: string;
  /** Normalised A-label host of the client's client_uri. */
  host: string;
  token: string;
  status: 'pending' | 'in_progress' | 'verified' | 'failed';
  record_name: string;
  record_value: string;
  created_at: number;
  checked_at: number | null;
  verified_at: number | null;
  last_error: string | null;
  consecutive_not_found: number;
  next_check_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  attempts: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  memberships: MembershipsTable;
  oauth_clients: OAuthClientsTable;
  client_secrets: ClientSecretsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  consentry_migrations: MigrationsTable;
  meta: MetaTable;
  grants: GrantsTable;
  authorization_codes: AuthorizationCodesTable;
  refresh_tokens: RefreshTokensTable;
  signing_keys: SigningKeysTable;
  authorization_requests: AuthorizationRequestsTable;
  domain_verifications: DomainVerificationsTable;
}

export type Timestamp = ColumnType<number, number, number>;
