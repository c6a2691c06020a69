import { exportHistoryCsv, exportHistoryJson, type HistoryEntry } from '../../shared/inspector/index.js';

/** The export formats of the history page. */
export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to save: the history in one format, with its type and name. */
export interface ExportFile {
  readonly text: string;
  readonly mimeType: string;
  readonly fileName: string;
}

/**
 * The history as a file, written by the inspector's exporters (JSON, or RFC 4180 CSV): only the
 * entries' own fields, so an export holds no code, token, `state`, `nonce` or other query value.
 */
export function exportHistory(entries: readonly HistoryEntry[], format: ExportFormat, now: number): ExportFile {
  return format === 'json'
    ? { text: exportHistoryJson(entries, now), mimeType: 'application/json', fileName: 'consentry-history.json' }
    : { text: exportHistoryCsv(entries), mimeType: 'text/csv', fileName: 'consentry-history.csv' };
}
