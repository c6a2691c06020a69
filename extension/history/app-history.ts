import type { HistoryEntry } from '../../shared/inspector/index.js';

/** What the history holds for one app of one provider, newest first, leaving out the entry at `except`. */
export function appHistory(entries: readonly HistoryEntry[], provider: string, clientId: string, except?: number): HistoryEntry[] {
  return entries.filter((e) => e.provider === provider && e.clientId === clientId && e.at !== except).sort((a, b) => b.at - a.at);
}
