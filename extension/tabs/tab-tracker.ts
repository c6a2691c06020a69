import { toHistoryEntry, type HistoryEntry, type Inspection } from '../../shared/inspector/index.js';
import type { HistoryStore } from '../history/history-store.js';
import type { Inspector } from '../inspection/inspector.js';
import type { NavigationEvent } from '../navigation/navigation-event.js';
import { currentNavigation, recordNavigation } from '../navigation/record-navigation.js';
import type { TabRecord } from './tab-record.js';
import type { TabRecords } from './tab-records.js';

export interface TabTrackerDeps {
  readonly records: TabRecords;
  readonly history: HistoryStore;
  readonly inspector: Inspector;
  /** Shows the tab's verdict on the toolbar button (nothing when `inspection` is undefined). */
  readonly showVerdict: (tabId: number, inspection: Inspection | undefined) => Promise<void>;
  /** Offers the in-page panel on the loaded page, if the user turned it on for the provider. */
  readonly showPanel: (tabId: number, url: string, inspection: Inspection) => Promise<void>;
}

/**
 * The background's navigation logic: each event extends the tab's chain; a chain that may hold a
 * request (one cheap check of each URL of a navigation) is inspected, its verdict shown and, once
 * per request, written to the history. Events are handled one at a time in the order they arrive,
 * so an asynchronous step never sees a half-updated record.
 */
export function createTabTracker(deps: TabTrackerDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function navigation(event: NavigationEvent): Promise<void> {
    const opener = event.kind === 'opened' ? await deps.records.get(event.sourceTabId) : undefined;
    const previous = await deps.records.get(event.tabId);
    let record = recordNavigation(previous, event, opener);
    // A navigation is judged once it committed or failed, when the chain it belongs to is known:
    // its first URL (kept from `before`) is checked then, with the URL it ended on.
    const settled = event.kind === 'committed' || event.kind === 'error';
    if (settled && (record.inspection !== undefined || currentNavigation(record.chain).some((s) => deps.inspector.mayBeRequest(s.url)))) {
      record = await inspect(record);
    }
    await deps.records.set(event.tabId, record);
    // A committed document resets the tab's badge (Chrome clears tab-specific state on navigation).
    if (event.kind === 'committed' || record.inspection !== previous?.inspection) await deps.showVerdict(event.tabId, record.inspection);
  }

  async function inspect(record: TabRecord): Promise<TabRecord> {
    // The inspector compares the request only with entries older than it (scope escalation), so
    // the entry this request wrote never hides what it adds.
    const inspection = deps.inspector.inspect(record.chain, await deps.history.all());
    if (inspection === undefined) return withoutInspection(record);
    const entry = toHistoryEntry(inspection);
    const key = entry && historyKey(entry);
    // Written once per request: its sign-in pages, and a reload of its consent page, are the same request.
    if (entry === undefined || key === undefined || key === record.recorded?.key) return { ...record, inspection };
    await deps.history.add(entry);
    return { ...record, inspection, recorded: { key, at: entry.at } };
  }

  return {
    /** One navigation event; a promise of one keeps its place in the order while it resolves. */
    navigation: (event: NavigationEvent | Promise<NavigationEvent>) => serial(async () => navigation(await event)),
    /** The tab's top-level document finished loading: badge again, and the panel if wanted. */
    completed: (tabId: number, url: string) =>
      serial(async () => {
        const record = await deps.records.get(tabId);
        if (record?.inspection === undefined) return;
        await deps.showVerdict(tabId, record.inspection);
        await deps.showPanel(tabId, url, record.inspection);
      }),
    removed: (tabId: number) => serial(() => deps.records.delete(tabId)),
    /**
     * Drops the records of tabs closed while the worker was stopped. The open tabs are listed in
     * the queue's turn, so a tab whose events came first is on the list.
     */
    prune: (openTabIds: () => Promise<readonly number[]>) => serial(async () => deps.records.retain(await openTabIds())),
    /** The browser swapped a prerendered tab in for `removedTabId`: its chain goes on in `tabId`. */
    replaced: (removedTabId: number, tabId: number) =>
      serial(async () => {
        const record = await deps.records.get(removedTabId);
        if (record) await deps.records.set(tabId, record);
        await deps.records.delete(removedTabId);
      }),
  };
}

export type TabTracker = ReturnType<typeof createTabTracker>;

/** Identity of a request in the history: the same app asking for the same thing at the same place. */
function historyKey(entry: HistoryEntry): string {
  return [entry.provider, entry.clientId, entry.redirectHost ?? '', entry.scopes.join(' ')].join('\n');
}

function withoutInspection(record: TabRecord): TabRecord {
  if (record.inspection === undefined) return record;
  const { inspection: _dropped, ...rest } = record;
  return rest;
}
