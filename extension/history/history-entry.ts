import type { HistoryEntry, Inspection } from '../../shared/inspector/inspection.js';
import type { NavigationStart } from '../../shared/inspector/navigation.js';

/**
 * What the history keeps of an inspected request: the named fields only, never a query value
 * beyond the client id and the redirect's host. A device page names no app, so it is not kept.
 */
export function historyEntryOf(inspection: Inspection, start: NavigationStart, at: number): HistoryEntry | undefined {
  if (inspection.clientId === undefined) return undefined;
  const entry: HistoryEntry = {
    provider: inspection.provider.id,
    clientId: inspection.clientId,
    scopes: inspection.scopes.map((s) => s.known?.id ?? s.requested),
    lasting: inspection.lasting.asked,
    verdict: inspection.verdict,
    risk: inspection.risk,
    at,
    start,
  };
  return inspection.redirect ? { ...entry, redirectHost: inspection.redirect.host } : entry;
}

/** Identity of a request in the history: the same app asking for the same thing at the same place. */
export function historyKey(entry: HistoryEntry): string {
  return [entry.provider, entry.clientId, entry.redirectHost ?? '', entry.scopes.join(' ')].join('\n');
}
