import { z } from 'zod';
import { RISK_TIERS } from '../scopes/risk.js';

/**
 * Stable codes of analyzer and inspector findings; the extension and the service key UI text and
 * tests on them. The order is the order of importance within one severity: attacks first, then
 * what the app could do, then hygiene.
 */
export const FINDING_CODES = [
  'lookalike_host',
  'consent_fix',
  'loopback_code_exposed',
  'device_code_phishing',
  'code_to_third_host',
  'error_redirect_foreign',
  'prompt_none_unknown_scope',
  'state_email',
  'unknown_client',
  'redirect_uri_unregistered',
  'redirect_uri_http',
  'redirect_uri_nested_url',
  'implicit_flow',
  'duplicate_parameter',
  'scope_not_registered',
  'scope_admin',
  'scope_escalation',
  'scope_restricted',
  'scope_admin_consent',
  'scope_default',
  'scope_write',
  'scope_unknown',
  'offline_access',
  'pkce_missing',
  'pkce_plain',
  'pkce_malformed',
  'state_missing',
  'redirect_uri_missing',
  'first_party_app',
  'device_page',
  'no_scope',
] as const;

/** One of {@link FINDING_CODES}. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** How much a finding matters, lowest first. */
export const SEVERITIES = ['info', 'warning', 'danger'] as const;

/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/**
 * One thing the analyzer noticed about an authorization request. `code` is a plain string on
 * the wire so an older extension still shows findings a newer service adds.
 */
export const Finding = z
  .object({
    code: z.string().describe('Stable finding code, e.g. `pkce_missing`.'),
    severity: z.enum(SEVERITIES).describe('info < warning < danger.'),
    message: z.string().describe('One sentence for the user.'),
    field: z.string().optional().describe('The request parameter concerned, e.g. `redirect_uri`.'),
  })
  .describe('A finding about an authorization request.');

/** One thing the analyzer noticed about an authorization request. */
export type Finding = z.infer<typeof Finding>;

/** Overall risk of a request: the highest scope tier, or `unknown` when a scope is not known. */
export const AnalysisRisk = z.enum([...RISK_TIERS, 'unknown']).describe('Highest scope risk tier, or unknown.');

/** Overall risk of a request. */
export type AnalysisRisk = z.infer<typeof AnalysisRisk>;

const RANK: ReadonlyMap<string, number> = new Map(FINDING_CODES.map((code, i) => [code, i]));
const SEVERITY_RANK = { danger: 0, warning: 1, info: 2 } as const;

/**
 * Orders findings most important first: by severity (danger, warning, info), then by the order of
 * {@link FINDING_CODES}; unknown codes last within their severity. Returns a new array.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => RANK.get(f.code) ?? FINDING_CODES.length;
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || rank(a) - rank(b));
}

/** Builds a finding whose code is checked against {@link FINDING_CODES} at compile time. */
export function finding(code: FindingCode, severity: Severity, message: string, field?: string): Finding {
  return field === undefined ? { code, severity, message } : { code, severity, message, field };
}
