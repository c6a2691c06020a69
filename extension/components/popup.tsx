import type { TabView } from '../messaging/protocol.js';
import { AppHistory } from './app-history.js';
import { FindingList } from './finding-list.js';
import { RequestSummary } from './request-summary.js';
import { ScopeGroups } from './scope-groups.js';
import { VerdictBanner } from './verdict-banner.js';

export interface PopupLinks {
  readonly developer: string;
  readonly history: string;
  readonly options: string;
}

export interface PopupProps {
  readonly view: TabView;
  readonly links: PopupLinks;
  /** Turns the in-page panel on for this provider (asks for its host permission on this click). */
  readonly onEnablePanel?: () => void;
}

/** The toolbar popup: the analysis of the tab's latest request, kept after the provider moved on. */
export function Popup({ view, links, onEnablePanel }: PopupProps) {
  const { inspection } = view;
  if (inspection === undefined) {
    return (
      <main class="popup">
        <h1>Consentry</h1>
        <p>This tab is not showing an OAuth authorization request.</p>
        <p class="note">Consentry explains a sign-in or consent request as soon as a page sends you to one.</p>
        <nav class="links">
          <a href={links.history} target="_blank" rel="noreferrer">History</a> <a href={links.options} target="_blank" rel="noreferrer">Options</a>
        </nav>
      </main>
    );
  }
  return (
    <main class="popup">
      <h1>{inspection.kind === 'device' ? 'Device sign-in page' : 'Authorization request'}</h1>
      <VerdictBanner inspection={inspection} />
      <RequestSummary inspection={inspection} />
      <h2>Findings</h2>
      <FindingList findings={inspection.findings} />
      {inspection.kind === 'authorization' && (
        <>
          <h2>What the app asks for</h2>
          <ScopeGroups scopes={inspection.scopes} />
          <h2>This app before</h2>
          <AppHistory entries={view.appHistory} />
        </>
      )}
      {inspection.provider.reviewUrl && (
        <p class="small">
          <a href={inspection.provider.reviewUrl} target="_blank" rel="noreferrer">
            Review the apps you allowed at {inspection.provider.name}
          </a>
        </p>
      )}
      {onEnablePanel && !view.panelEnabled && (
        <button type="button" class="secondary" onClick={onEnablePanel}>
          Also show this on {inspection.provider.name}'s pages
        </button>
      )}
      <nav class="links">
        <a href={links.developer} target="_blank" rel="noreferrer">Developer view</a> <a href={links.history} target="_blank" rel="noreferrer">History</a>{' '}
        <a href={links.options} target="_blank" rel="noreferrer">Options</a>
      </nav>
    </main>
  );
}
