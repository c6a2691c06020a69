import type { HistoryEntry } from '../../shared/inspector/inspection.js';

const STARTS = { typed: 'you', link: 'a link', opened: 'a page (new tab or window)', redirect: 'a page redirect', reload: 'reload', external: 'another program', unknown: 'unknown' } as const;

/** The history entries as a table, newest first. */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <table class="history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Provider</th>
          <th scope="col">App (client id)</th>
          <th scope="col">Answer to</th>
          <th scope="col">Scopes</th>
          <th scope="col">Lasting</th>
          <th scope="col">Verdict</th>
          <th scope="col">Started by</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={`${e.at}-${e.clientId}`} data-provider={e.provider} data-verdict={e.verdict}>
            <td>
              <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>
            </td>
            <td>{e.provider}</td>
            <td class="mono">{e.clientId}</td>
            <td>{e.redirectHost ?? ''}</td>
            <td class="mono small">{e.scopes.join(' ')}</td>
            <td>{e.lasting ? 'yes' : 'no'}</td>
            <td>
              <span class={`tag verdict-tag-${e.verdict}`}>{e.verdict}</span>
            </td>
            <td>{STARTS[e.start]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
