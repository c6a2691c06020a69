import { z } from 'zod';
import { RISK_TIERS } from '../scopes/risk.js';

/** Stable codes of analyzer findings; the extension and the service key UI text and tests on them. */
export const FINDING_CODES = [
  'implicit_flow',
  'pkce_missing',
  'pkce_plain',
  'pkce_malformed',
  'state_missing',
  'redirect_uri_http',
  'redirect_uri_unregistered',
  'redirect_uri_missing',
  'scope_unknown',
  'scope_not_registered',
  'scope_admin',
  'offline_access',
  'duplicate_parameter',
  'unknown_client',
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

/** Builds a finding whose code is checked against {@link FINDING_CODES} at compile time. */
export function finding(code: FindingCode, severity: Severity, message: string, field?: string): Finding {
  return field === undefined ? { code, severity, message } : { code, severity, message, field };
}
