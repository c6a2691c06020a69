import { RISK_TIERS, highestRisk, riskRank, type Risk } from '../scopes/risk.js';
import type { AnalysisContext, AnalyzerClient, LastingAccess } from './analysis-context.js';
import type { AuthorizationRequest } from './authorization-request.js';
import { finding, type AnalysisRisk, type Finding } from './finding.js';
import type { RequestedScope } from './requested-scope.js';

/** Most scope names listed in one finding's message before "and N more". */
const MAX_LISTED = 4;

/**
 * Findings about the requested scopes: unknown to the catalog, not registered for the client,
 * what the known ones let the app do (admin, write, the provider's restricted class, admin
 * consent, Microsoft's `.default`), a silent request for a scope that does not exist, no scope at
 * all, and lasting (offline) access.
 *
 * @param req - the parsed request
 * @param scopes - the requested scopes, resolved against the provider's catalog
 * @param context - client, lasting-access rule and no-scope meaning, when known
 * @param described - whether a catalog resolved `scopes` (else nothing is called unknown)
 */
export function scopeFindings(
  req: AuthorizationRequest,
  scopes: readonly RequestedScope[],
  context: Pick<AnalysisContext, 'client' | 'noScope'> & { lasting: LastingAccess },
  described: boolean,
): Finding[] {
  const out: Finding[] = [];
  const unknown = described ? scopes.filter((s) => !s.known).map((s) => s.requested) : [];
  if (unknown.length > 0 && /(^| )none( |$)/.test(req.params.prompt ?? '')) {
    // Redirect abuse: a silent request sure to fail sends the browser on to the redirect URI with
    // an error (RFC 9700 §4.11.2, the authorization server as open redirector).
    out.push(finding('prompt_none_unknown_scope', 'danger',
      `The request asks silently (prompt=none) for scopes that do not exist (${list(unknown)}): it is built to fail and bounce you on to the app's address, a known phishing trick.`, 'prompt'));
  }
  if (unknown.length > 0) {
    out.push(finding('scope_unknown', 'warning',
      `The app asks for scopes this provider does not describe: ${list(unknown)}.`, 'scope'));
  }
  out.push(...registrationFindings(scopes, context.client));
  out.push(...tierFindings(scopes));
  if (scopes.length === 0 && context.noScope) {
    out.push(finding('no_scope', 'info', `The request names no scope: ${context.noScope.description}`, 'scope'));
  }
  if (context.lasting.asked) {
    out.push(finding('offline_access', 'warning',
      `The app asks to keep access even when you are not using it, until you revoke it${context.lasting.how ? ` (${context.lasting.how})` : ''}.`,
      context.lasting.field));
  }
  return out;
}

function registrationFindings(scopes: readonly RequestedScope[], client: AnalyzerClient | null | undefined): Finding[] {
  if (!client) return [];
  const allowed = new Set([...client.scopes, ...client.optional_scopes]);
  const extra = scopes.filter((s) => !allowed.has(s.requested)).map((s) => s.requested);
  return extra.length === 0 ? [] : [finding('scope_not_registered', 'danger', `The app asks for scopes it did not register: ${list(extra)}.`, 'scope')];
}

function tierFindings(scopes: readonly RequestedScope[]): Finding[] {
  const out: Finding[] = [];
  const named = (pick: (s: RequestedScope) => boolean) => scopes.filter(pick).map((s) => s.known?.name ?? s.requested);
  const admin = named((s) => s.known?.risk === 'admin');
  if (admin.length > 0) {
    out.push(finding('scope_admin', 'danger', `The app asks for administrative access (${list(admin)}), which can change who has access.`, 'scope'));
  }
  const restricted = named((s) => s.known?.sensitivity === 'restricted');
  if (restricted.length > 0) {
    out.push(finding('scope_restricted', 'warning', `The provider classes ${list(restricted)} as restricted: it reaches your most private data.`, 'scope'));
  }
  const adminConsent = named((s) => s.known?.adminConsent === true);
  if (adminConsent.length > 0) {
    out.push(finding('scope_admin_consent', 'warning',
      `${list(adminConsent)} needs an administrator's consent; if you are one, you would grant it for everyone in your organisation.`, 'scope'));
  }
  const everything = scopes.filter((s) => /(^|\/)\.default$/i.test(s.requested)).map((s) => s.known?.name ?? s.requested);
  if (everything.length > 0) {
    out.push(finding('scope_default', 'warning',
      `The app asks for every permission it was already given (${list(everything)}) without listing them here.`, 'scope'));
  }
  const write = named((s) => s.known?.risk === 'write' && s.known.lasting !== true);
  if (write.length > 0 && admin.length === 0) {
    out.push(finding('scope_write', 'warning', `The app can change things for you: ${list(write)}.`, 'scope'));
  }
  return out;
}

/**
 * Overall risk: the highest known tier. With `unknownScopes: 'raise'` an unknown scope raises it
 * one step (never hiding the known ones) and the risk is `unknown` only when nothing is known;
 * with `refused` any unknown scope makes it `unknown`. No scope at all takes the provider's
 * no-scope tier when given.
 *
 * @param scopes - resolved requested scopes
 * @param policy - how unknown scopes count
 * @param noScope - what the provider grants without a scope
 */
export function requestRisk(
  scopes: readonly RequestedScope[],
  policy: 'refused' | 'raise' = 'refused',
  noScope?: { readonly risk: Risk | 'unknown' },
): AnalysisRisk {
  if (scopes.length === 0) return noScope?.risk ?? 'unknown';
  const known = highestRisk(scopes.flatMap((s) => (s.known ? [s.known.risk] : [])));
  const anyUnknown = scopes.some((s) => !s.known);
  if (known === undefined || (anyUnknown && policy === 'refused')) return 'unknown';
  return anyUnknown ? (RISK_TIERS[Math.min(riskRank(known) + 1, RISK_TIERS.length - 1)] as Risk) : known;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
