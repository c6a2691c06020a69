import type { HistoryEntry } from '../../shared/inspector/inspection.js';

/**
 * Entries that match every word of `query` (case-insensitive) in their provider, client id,
 * redirect host, scopes or verdict; newest first. An empty query matches everything.
 */
export function searchHistory(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = entries.filter((e) => {
    const text = [e.provider, e.clientId, e.redirectHost ?? '', e.verdict, ...e.scopes].join('\n').toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return matching.reverse();
}

/** What the history holds for one app of one provider, newest first. */
export function appHistory(entries: readonly HistoryEntry[], provider: string, clientId: string): HistoryEntry[] {
  return entries.filter((e) => e.provider === provider && e.clientId === clientId).reverse();
}
