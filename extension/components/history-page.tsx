import { useState } from 'preact/hooks';
import type { ExportFormat } from '../history/export-history.js';
import type { HistoryList } from '../messaging/protocol.js';
import { HistoryTable } from './history-table.js';

export interface HistoryPageProps {
  readonly list: HistoryList;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onExport: (format: ExportFormat) => void;
  readonly onClear: () => void;
}

/** The private history: search, export as JSON or CSV, delete all (after a second click). */
export function HistoryPage({ list, query, onQuery, onExport, onClear }: HistoryPageProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <main class="page">
      <h1>History</h1>
      <p class="note">
        The sign-in and consent requests Consentry saw in this browser, kept on this computer only (the newest {list.limit.toLocaleString()}). It keeps who asked for
        what, never a code, token, state or other value of the request.
      </p>
      <div class="toolbar">
        <label>
          Search{' '}
          <input type="search" value={query} onInput={(e) => onQuery(e.currentTarget.value)} placeholder="provider, app, scope…" maxLength={200} />
        </label>
        <button type="button" onClick={() => onExport('json')} disabled={list.total === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={list.total === 0}>
          Export CSV
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Delete all {list.total} entries
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={list.total === 0}>
            Delete all…
          </button>
        )}
      </div>
      <p class="count" aria-live="polite">
        {list.entries.length === list.total ? `${list.total} entries` : `${list.entries.length} of ${list.total} entries`}
      </p>
      {list.entries.length > 0 ? <HistoryTable entries={list.entries} /> : <p class="muted">{list.total === 0 ? 'Nothing seen yet.' : 'No entry matches.'}</p>}
    </main>
  );
}
