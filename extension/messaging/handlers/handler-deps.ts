import type { HistoryStore } from '../../history/history-store.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TabRecords } from '../../tabs/tab-records.js';

/** What the message handlers read and change; each asks for the part it uses. */
export interface HandlerDeps {
  readonly records: TabRecords;
  readonly history: HistoryStore;
  readonly settings: SettingsStore;
  /** The clock, ms since the epoch (an export is stamped with it). */
  readonly now: () => number;
}
