import type { HistoryEntry } from '../../shared/inspector/inspection.js';

/** What the same app asked for before, newest first (from the private history). */
export function AppHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  if (entries.length === 0) return <p class="muted">Consentry has not seen this app before.</p>;
  return (
    <ul class="app-history">
      {entries.slice(0, 5).map((e) => (
        <li key={e.at} data-at={e.at}>
          <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>:{' '}
          {e.scopes.length ? e.scopes.join(', ') : 'no scope'} ({e.verdict})
        </li>
      ))}
    </ul>
  );
}
