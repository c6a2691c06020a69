import type { HistoryEntry } from './inspection.js';

const CSV_COLUMNS = ['time', 'provider', 'client_id', 'redirect_host', 'scopes', 'lasting', 'verdict', 'risk', 'start'] as const;

/**
 * The history as a JSON document to download: `{ format, version, exported, entries }`, each entry
 * exactly as stored (no query values beyond the entry's own fields) with its time also in ISO 8601.
 *
 * @param entries - the stored entries
 * @param exportedAt - when the export is made, ms since the epoch
 */
export function exportHistoryJson(entries: readonly HistoryEntry[], exportedAt: number): string {
  const body = {
    format: 'consentry-history',
    version: 1,
    exported: new Date(exportedAt).toISOString(),
    entries: entries.map((e) => ({ ...e, time: new Date(e.at).toISOString() })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * The history as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
 * quoted). A cell starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a
 * spreadsheet never runs it as a formula (a `client_id` or host is attacker-chosen text).
 *
 * @param entries - the stored entries
 */
export function exportHistoryCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.at).toISOString(),
    e.provider,
    e.clientId,
    e.redirectHost ?? '',
    e.scopes.join(' '),
    String(e.lasting),
    e.verdict,
    e.risk,
    e.start,
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
