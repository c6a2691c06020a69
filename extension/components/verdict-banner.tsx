import type { Inspection } from '../../shared/inspector/inspection.js';
import { RiskTag } from './risk-tag.js';

const HEADLINES = { ok: 'Nothing alarming found', caution: 'Be careful', danger: 'Danger: think before you continue' } as const;

/** The verdict in words, with the request's overall risk and its most important reason. */
export function VerdictBanner({ inspection }: { inspection: Pick<Inspection, 'verdict' | 'risk' | 'findings' | 'kind'> }) {
  const top = inspection.findings[0];
  return (
    <section class={`verdict verdict-${inspection.verdict}`} data-verdict={inspection.verdict} aria-live="polite">
      <p class="verdict-headline">
        <strong>{HEADLINES[inspection.verdict]}</strong>
        {inspection.kind === 'authorization' && (
          <>
            {' '}
            <RiskTag risk={inspection.risk} />
          </>
        )}
      </p>
      {top && <p class="verdict-reason">{top.message}</p>}
    </section>
  );
}
