import type { Risk } from '../../shared/scopes/risk.js';

const LABELS: Record<Risk | 'unknown', string> = { identity: 'Identity', read: 'Read', write: 'Write', admin: 'Admin', unknown: 'Unknown' };

/** A scope's or a request's risk tier as a small labelled tag (colour is never the only cue). */
export function RiskTag({ risk }: { risk: Risk | 'unknown' }) {
  return (
    <span class={`tag risk-${risk}`} data-risk={risk}>
      {LABELS[risk]}
    </span>
  );
}
