import type { PanelView } from '../messaging/protocol.js';
import { FindingList } from './finding-list.js';
import { RequestSummary } from './request-summary.js';
import { ScopeGroups } from './scope-groups.js';
import { VerdictBanner } from './verdict-banner.js';

export interface PanelProps {
  readonly inspection: NonNullable<PanelView['inspection']>;
  readonly onDismiss: () => void;
}

/**
 * The in-page panel: the same answer as the popup, drawn by the extension in its own shadow root
 * from what the background sent (the page is never read). Escape or the button dismisses it.
 */
export function Panel({ inspection, onDismiss }: PanelProps) {
  return (
    <aside
      class="panel"
      role="complementary"
      aria-label="Consentry: what this request asks for"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDismiss();
      }}
    >
      <header class="panel-head">
        <strong>Consentry</strong>
        <button type="button" class="dismiss" onClick={onDismiss} aria-label="Dismiss the Consentry panel">
          ×
        </button>
      </header>
      <VerdictBanner inspection={inspection} />
      <RequestSummary inspection={inspection} />
      <FindingList findings={inspection.findings} />
      {inspection.kind === 'authorization' && <ScopeGroups scopes={inspection.scopes} />}
      <p class="note">Shown by the Consentry extension, not by this page.</p>
    </aside>
  );
}
