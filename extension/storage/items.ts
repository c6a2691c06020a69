import { storage } from '#imports';
import type { HistoryEntry } from '../../shared/inspector/inspection.js';
import type { TabRecord } from '../tabs/tab-record.js';

/**
 * Every key the extension keeps, defined once (nothing else calls `browser.storage`). Each item
 * has a fallback, so a first run reads a value, and a version, so a later shape can migrate.
 */

/**
 * What the background knows about each open tab: its navigation chain and the latest inspection.
 * `storage.session` is memory only and, by default, out of reach of content scripts: it holds full
 * URLs (with codes and `state`) so that a service worker the browser stopped re-hydrates the
 * chains it was recording (docs/security.md X10). Keyed by tab id.
 */
export const tabRecordsItem = storage.defineItem<Record<string, TabRecord>>('session:tabs', {
  fallback: {},
  version: 1,
});

/**
 * The private history of authorization requests seen, oldest first, bounded by
 * `HISTORY_LIMIT`; never a code, token, `state`, `nonce` or other query value (see HistoryEntry).
 * Read back through a schema, since `storage.local` is also reachable by content scripts.
 */
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: [],
  version: 1,
});

/** The user's choices: for now, which providers' consent pages get the in-page panel. */
export interface Settings {
  /** Provider id → panel turned on. Absent means off (the panel is opt-in). */
  readonly panel: Readonly<Record<string, boolean>>;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { panel: {} },
  version: 1,
});
