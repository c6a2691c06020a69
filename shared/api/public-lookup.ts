import { z } from 'zod';
import { RISK_TIERS } from '../scopes/risk.js';
import { ClientUriVerification } from '../oauth/client-metadata.js';
import { AnalysisRisk, Finding } from '../oauth/finding.js';
import { Shield } from './shield.js';

// The public lookup API (`/api/v1/public`, no authentication): what the extension asks about a
// client and an authorization request. Not strict: an older extension must keep working when
// the service adds a field.

/** A catalog scope as the API describes it. */
export const ScopeSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    category: z.string(),
    description: z.string(),
    risk: z.enum(RISK_TIERS),
  })
  .describe('A scope of the catalog.');
export type ScopeSummary = z.infer<typeof ScopeSummary>;

/** A scope a client registered, as the catalog describes it, and whether users may decline it. */
export const RegisteredScope = ScopeSummary.extend({
  optional: z.boolean().describe('Whether the user may decline it on the consent page.'),
}).describe('A scope registered by a client.');
export type RegisteredScope = z.infer<typeof RegisteredScope>;

/** What anyone may learn about a public client by `client_id`. */
export const PublishedClientInfo = z
  .object({
    client_id: z.string().describe('The client identifier.'),
    visibility: z.literal('public').describe('Anyone may authorize the client.'),
    client_name: z.string().describe('Name shown on the consent page (render as text).'),
    logo_uri: z.string().nullable().describe('https logo URL, or null.'),
    shield: Shield.describe('Trust shield, as the consent page shows it: first-party (the operator\'s own account), verified (client_uri host verified by DNS) or unverified.'),
    publisher_host: z.string().nullable().describe('Host of client_uri (the verified host when verified), or null.'),
    verification: ClientUriVerification.pick({ status: true, verified_at: true }).describe(
      'Domain verification of the publisher host; `none` without client_uri; `verified_at` only while verified.',
    ),
    owner_account_name: z.string().describe('Account that publishes the client.'),
    redirect_uris: z.array(z.string()).describe('Registered redirect URIs.'),
    scopes: z.array(RegisteredScope).describe('Registered scopes (required and optional) known to the catalog, in catalog order.'),
    redirect_uri_registered: z.boolean().optional().describe('With `?redirect_uri=`: whether /oauth2/auth would accept it.'),
  })
  .describe('Public facts about a public OAuth client.');
export type PublishedClientInfo = z.infer<typeof PublishedClientInfo>;

/** A private client: anyone may learn that it exists and is private, nothing more. */
export const PrivateClientInfo = z
  .object({
    client_id: z.string().describe('The client identifier.'),
    visibility: z.literal('private').describe('Only members of the owning account may authorize it.'),
  })
  .describe('A private OAuth client (existence only).');
export type PrivateClientInfo = z.infer<typeof PrivateClientInfo>;

/** What anyone may learn about a client by `client_id`: everything public for public clients, existence for private ones. */
export const PublicClientInfo = z
  .discriminatedUnion('visibility', [PublishedClientInfo, PrivateClientInfo])
  .describe('Public facts about an OAuth client.');
export type PublicClientInfo = z.infer<typeof PublicClientInfo>;

/** Body of `POST /api/v1/public/authorization-requests/analyze`: the authorization request URL the browser is about to open. */
export const AnalyzeRequest = z
  .object({ url: z.string().min(1).max(8192).describe('The full authorization request URL.') })
  .strict()
  .describe('An authorization request to analyze.');
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** Answer of the analyze call: the same checks `/oauth2/auth` would run, without side effects. */
export const AnalyzeResponse = z
  .object({
    findings: z.array(Finding).describe('Most severe first.'),
    risk: AnalysisRisk,
    client: PublicClientInfo.nullable().describe('The client, or null when unknown.'),
    scopes: z.array(ScopeSummary).describe('Requested scopes known to the catalog, in catalog order.'),
    unknown_scopes: z.array(z.string()).describe('Requested scopes the catalog does not know.'),
  })
  .describe('Analysis of an authorization request.');
export type AnalyzeResponse = z.infer<typeof AnalyzeResponse>;
