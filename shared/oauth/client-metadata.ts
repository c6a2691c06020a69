import { z } from 'zod';
import { MAX_SCOPE_TOKENS, MAX_SCOPE_TOKEN_LENGTH, SCOPE_TOKEN_PATTERN } from '../scopes/scope-token.js';
import { displayText } from './display-text.js';

// The client model is ONE schema with RFC 7591 §2 wire names (CONTRIBUTING.md#the-client-model). Syntax only:
// redirect-URI policy (validateRedirectUri), scope ⊆ catalog and the verified host live in the
// service. No transforms, so `z.toJSONSchema` can emit OpenAPI 3.1 from these.

const MAX_URL_LENGTH = 2000;
const GRANT_TYPES = ['authorization_code', 'refresh_token'] as const;
const AUTH_METHODS = ['none', 'client_secret_basic', 'client_secret_post'] as const;

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

const httpsUrl = (what: string) =>
  z
    .url({ protocol: /^https$/, error: `${what} must be an absolute https URL` })
    .max(MAX_URL_LENGTH)
    .refine((s) => !/^https:\/\/[^/?#]*@/i.test(s), { message: `${what} must not contain userinfo` });

const scopeId = z
  .string()
  .max(MAX_SCOPE_TOKEN_LENGTH)
  .regex(SCOPE_TOKEN_PATTERN, 'must be an RFC 6749 §3.3 scope token')
  .describe('A scope id of the catalog, e.g. `zone.read`.');

const scopeList = z
  .array(scopeId)
  .max(MAX_SCOPE_TOKENS)
  .refine(unique, { message: 'must not contain duplicates' });

/** Fields without defaults: the patch reuses them so a PATCH never resets an omitted field. */
const fields = {
  client_name: displayText(1, 100).describe('Name shown to users on the consent page (1-100 characters).'),
  redirect_uris: z
    .array(z.string().min(1).max(MAX_URL_LENGTH))
    .min(1)
    .max(10)
    .refine(unique, { message: 'must not contain duplicates' })
    .describe('Exact redirect URIs (1-10). https, or loopback http / private-use scheme for public clients.'),
  grant_types: z
    .array(z.enum(GRANT_TYPES))
    .min(1)
    .refine(unique, { message: 'must not contain duplicates' })
    .refine((g) => g.includes('authorization_code'), { message: 'must include authorization_code' })
    .describe('Grant types the client uses.'),
  response_types: z.array(z.literal('code')).length(1).describe('Only `code` (OAuth 2.1 §4.1).'),
  token_endpoint_auth_method: z
    .enum(AUTH_METHODS)
    .describe('`none` for public clients (PKCE required), else how the secret is sent.'),
  scopes: scopeList.min(1).describe('Scopes the client may request (1-100 catalog ids).'),
  optional_scopes: scopeList.describe('Scopes the user may decline on the consent page.'),
  client_uri: httpsUrl('client_uri').describe('Home page of the app; its host can be verified by DNS.'),
  logo_uri: httpsUrl('logo_uri').describe('https URL of the logo shown on the consent page.'),
  policy_uri: httpsUrl('policy_uri').describe('https URL of the privacy policy.'),
  tos_uri: httpsUrl('tos_uri').describe('https URL of the terms of service.'),
  contacts: z.array(z.email().max(254)).max(10).describe('Email addresses of people responsible (at most 10).'),
};

/** What a developer sends to create a client (RFC 7591 §2 names); unknown keys are rejected. */
export const clientMetadataInput = z
  .object({
    client_name: fields.client_name,
    redirect_uris: fields.redirect_uris,
    grant_types: fields.grant_types.default(['authorization_code', 'refresh_token']),
    response_types: fields.response_types.default(['code']),
    token_endpoint_auth_method: fields.token_endpoint_auth_method.default('client_secret_basic'),
    scopes: fields.scopes,
    optional_scopes: fields.optional_scopes.default([]),
    client_uri: fields.client_uri.optional(),
    logo_uri: fields.logo_uri.optional(),
    policy_uri: fields.policy_uri.optional(),
    tos_uri: fields.tos_uri.optional(),
    contacts: fields.contacts.optional(),
  })
  .strict()
  .describe('OAuth client metadata sent to create a client.');

/** Body of a create request as sent (defaults not yet applied). */
export type ClientMetadataInput = z.input<typeof clientMetadataInput>;
/** Client metadata after validation, defaults applied. */
export type ClientMetadata = z.output<typeof clientMetadataInput>;

/**
 * What a developer sends to change a client: every field optional, no defaults; `null` clears
 * an optional URL or the contacts.
 */
export const clientMetadataPatch = z
  .object({
    ...fields,
    client_uri: fields.client_uri.nullable(),
    logo_uri: fields.logo_uri.nullable(),
    policy_uri: fields.policy_uri.nullable(),
    tos_uri: fields.tos_uri.nullable(),
    contacts: fields.contacts.nullable(),
  })
  .partial()
  .strict()
  .describe('OAuth client metadata fields to change.');

/** Body of a change request. */
export type ClientMetadataPatch = z.output<typeof clientMetadataPatch>;

/**
 * Where the check of the `client_uri` host is: `pending` (not checked yet), `in_progress`
 * (checked, not found yet; retried with backoff), `verified`, `failed` (timed out, or the record
 * of a verified host went missing); `none` only in public lookups of a client without client_uri.
 */
export const VerificationStatus = z.enum(['none', 'pending', 'in_progress', 'verified', 'failed']).describe('Where the check is.');
/** Where the check of the `client_uri` host is. */
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** Progress of the DNS TXT check of the `client_uri` host. */
export const ClientUriVerification = z
  .object({
    status: VerificationStatus,
    record_name: z.string().nullable().describe('TXT record name to create, e.g. `_consentry-challenge.app.example.com`.'),
    record_value: z.string().nullable().describe('Exact TXT record value, e.g. `consentry-verification=<token>`.'),
    checked_at: z.iso.datetime().nullable().describe('When the record was last looked up.'),
    verified_at: z.iso.datetime().nullable().describe('When the host was (last) verified.'),
    last_error: z.string().nullable().describe('Why the last lookup failed, for the developer.'),
  })
  .describe('DNS verification of the client_uri host.');
/** Progress of the DNS TXT check of the `client_uri` host. */
export type ClientUriVerification = z.infer<typeof ClientUriVerification>;

/** Metadata of one live client secret; the value is never stored, so it is never returned. */
export const ClientSecretInfo = z
  .object({
    id: z.string().describe('Secret identifier.'),
    created_at: z.iso.datetime().describe('When the secret was issued (ISO 8601).'),
  })
  .describe('A live client secret (metadata only).');
/** Metadata of one live client secret. */
export type ClientSecretInfo = z.infer<typeof ClientSecretInfo>;

/**
 * An OAuth client as the API returns it: metadata plus read-only fields. Not strict, so an older
 * extension keeps working when the service adds a field.
 */
export const OAuthClient = clientMetadataInput
  .extend({
    client_id: z.string().min(1).describe('Server-generated client identifier (read-only).'),
    client_secret: z.string().optional().describe('Only in the create and rotate_secret responses.'),
    account_id: z.string().min(1).describe('Account that owns the client (read-only).'),
    visibility: z.enum(['private', 'public']).describe('`private`: owning account only; `public`: anyone.'),
    client_uri_verification: ClientUriVerification.nullable().describe('DNS verification of the client_uri host; null without client_uri.'),
    secrets: z.array(ClientSecretInfo).describe('Live secrets, newest first: two while a rotation is in progress (none for public clients).'),
    created_at: z.iso.datetime().describe('Creation time (ISO 8601).'),
    updated_at: z.iso.datetime().describe('Last change (ISO 8601).'),
  })
  .strip()
  .describe('An OAuth client.');
/** An OAuth client as the API returns it. */
export type OAuthClient = z.infer<typeof OAuthClient>;
