import type { RequestCheck } from '../inspection/request-checks.js';
import type { TabView } from '../messaging/protocol.js';
import { ChainSteps } from './chain-steps.js';
import { CopyButton } from './copy-button.js';
import { FindingList } from './finding-list.js';
import { ParameterTable } from './parameter-table.js';
import { VerdictBanner } from './verdict-banner.js';

export interface DeveloperViewProps {
  readonly view: TabView;
  readonly checks: readonly RequestCheck[];
  readonly onCopy: (text: string) => void;
}

/** Every parameter decoded and explained, the PKCE and redirect checks, the chain; all copyable. */
export function DeveloperView({ view, checks, onCopy }: DeveloperViewProps) {
  const { inspection } = view;
  if (inspection === undefined) {
    return (
      <main class="page">
        <h1>Developer view</h1>
        <p>This tab has shown no authorization request since it was opened or last navigated by you.</p>
      </main>
    );
  }
  const all = JSON.stringify({ inspection, chain: view.chain }, null, 2);
  return (
    <main class="page developer">
      <h1>
        Developer view: {inspection.provider.name} {inspection.kind === 'device' ? 'device page' : 'authorization request'}
      </h1>
      <VerdictBanner inspection={inspection} />
      <p>
        <CopyButton text={all} label="Copy everything as JSON" onCopy={onCopy} /> everything below as JSON.
      </p>
      <h2>Parameters</h2>
      <ParameterTable parameters={inspection.parameters} onCopy={onCopy} />
      <h2>Checks</h2>
      {checks.map((c) => (
        <section key={c.name} class="check" data-check={c.name} data-pass={String(c.findings.length === 0)}>
          <h3>
            {c.name}: {c.findings.length === 0 ? 'passed' : `${c.findings.length} finding${c.findings.length > 1 ? 's' : ''}`}
          </h3>
          <p class="mono small">{c.values.map((v) => `${v.name}=${v.value}`).join('  ')}</p>
          {c.findings.length > 0 && <FindingList findings={c.findings} />}
        </section>
      ))}
      <h2>All findings</h2>
      <FindingList findings={inspection.findings} />
      <table class="codes">
        <tbody>
          {inspection.findings.map((f, i) => (
            <tr key={`${f.code}-${i}`}>
              <td class="mono">{f.code}</td>
              <td>{f.severity}</td>
              <td class="mono">{f.field ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.chain && (
        <>
          <h2>Navigation chain</h2>
          <ChainSteps chain={view.chain} />
        </>
      )}
    </main>
  );
}
