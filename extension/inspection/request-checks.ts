import type { Inspection } from '../../shared/inspector/inspection.js';
import type { Finding } from '../../shared/oauth/finding.js';

/** One check of the developer view: what the request says, and what the inspector made of it. */
export interface RequestCheck {
  readonly name: string;
  /** The parameters it reads, as requested (`(absent)` when not sent). */
  readonly values: readonly { readonly name: string; readonly value: string }[];
  /** The inspector's findings about those parameters; none means the check passed. */
  readonly findings: readonly Finding[];
}

const CHECKS = [
  { name: 'PKCE (RFC 7636)', params: ['code_challenge', 'code_challenge_method'], codes: /^pkce_/ },
  { name: 'Redirect (RFC 9700 §4.1)', params: ['redirect_uri', 'response_mode'], codes: /^(redirect_uri_|code_to_third_host$|error_redirect_foreign$|loopback_code_exposed$)/ },
  { name: 'Flow (OAuth 2.1 §4.1)', params: ['response_type'], codes: /^implicit_flow$/ },
  { name: 'State (RFC 9700 §4.7)', params: ['state'], codes: /^state_/ },
] as const;

/**
 * The developer view's checks, built from the inspection alone: each lists the parameters it
 * covers and the findings that concern them (by field or by code family).
 */
export function requestChecks(inspection: Inspection): RequestCheck[] {
  const byName = new Map(inspection.parameters.map((p) => [p.name, p.value]));
  return CHECKS.map((check) => ({
    name: check.name,
    values: check.params.map((name) => ({ name, value: byName.get(name) ?? '(absent)' })),
    findings: inspection.findings.filter((f) => (f.field !== undefined && (check.params as readonly string[]).includes(f.field)) || check.codes.test(f.code)),
  }));
}
