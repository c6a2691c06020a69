import type { Finding } from '../../shared/oauth/finding.js';

const SEVERITY_WORDS = { danger: 'Danger', warning: 'Caution', info: 'Note' } as const;

/** The findings in plain words, most important first (the order the inspector gives). */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p class="muted">Nothing in this request looks like a known attack.</p>;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} class={`finding finding-${f.severity}`} data-code={f.code}>
          <strong>{SEVERITY_WORDS[f.severity]}:</strong> {f.message}
        </li>
      ))}
    </ul>
  );
}
