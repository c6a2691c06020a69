import type { Finding } from '../oauth/finding.js';
import type { Risk } from '../scopes/risk.js';
import type { Verdict } from './inspection.js';

const STEP: Record<Verdict, number> = { ok: 0, caution: 1, danger: 2 };
const FROM_RISK: Record<Risk | 'unknown', Verdict> = { identity: 'ok', read: 'ok', write: 'caution', unknown: 'caution', admin: 'danger' };

/**
 * The one answer the user sees. From the risk: `admin` is danger, `write` and `unknown` are
 * caution, `identity` and `read` are ok. Lasting access is a modifier: it lifts an ok to caution
 * (the app keeps reading while you are away). Findings can only raise it: any danger finding
 * makes danger, any warning at least caution.
 *
 * @param risk - the request's risk
 * @param lasting - whether it asks for lasting access
 * @param findings - every finding
 */
export function verdictOf(risk: Risk | 'unknown', lasting: boolean, findings: readonly Finding[]): Verdict {
  let verdict = FROM_RISK[risk];
  if (lasting && risk !== 'identity') verdict = max(verdict, 'caution');
  for (const f of findings) {
    if (f.severity === 'danger') verdict = max(verdict, 'danger');
    else if (f.severity === 'warning') verdict = max(verdict, 'caution');
  }
  return verdict;
}

function max(a: Verdict, b: Verdict): Verdict {
  return STEP[a] >= STEP[b] ? a : b;
}
