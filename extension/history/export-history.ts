import type { HistoryEntry } from '../../shared/inspector/inspection.js';

/** The export formats of the history page. */
export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS = ['time', 'provider', 'client_id', 'redirect_host', 'scopes', 'lasting_access', 'verdict', 'risk', 'started_by'] as const;

/**
 * The history as a file: JSON (an array of entries, times as ISO 8601) or CSV (RFC 4180, one row
 * per entry). Only the entry's own fields are written, so an export holds no code, token, `state`,
 * `nonce` or other query value.
 */
export function exportHistory(entries: readonly HistoryEntry[], format: ExportFormat): { text: string; mimeType: string; fileName: string } {
  if (format === 'json') {
    const rows = entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    return { text: `${JSON.stringify(rows, null, 2)}\n`, mimeType: 'application/json', fileName: 'consentry-history.json' };
  }
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
  const text = [COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
  return { text: `${text}\r\n`, mimeType: 'text/csv', fileName: 'consentry-history.csv' };
}

/**
 * One CSV field (RFC 4180 §2): quoted when it holds a comma, quote or line break. A client id is
 * chosen by whoever registered the app, so a field a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab, CR) gets a leading apostrophe (OWASP "CSV Injection").
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
