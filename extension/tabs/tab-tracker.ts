import type { Inspection } from '../../shared/inspector/inspection.js';
import { historyEntryOf, historyKey } from '../history/history-entry.js';
import type { HistoryStore } from '../history/history-store.js';
import type { Inspector } from '../inspection/inspector.js';
import type { NavigationEvent } from '../navigation/navigation-event.js';
import { recordNavigation } from '../navigation/record-navigation.js';
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
 * request (one cheap check per navigation) is inspected, its verdict shown and, once per request,
 * written to the history. Events are handled one at a time in the order they arrive, so an
 * asynchronous step never sees a half-updated record.
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
    if (mayHoldRequest(record, previous, event)) record = await inspect(record, event.at);
    await deps.records.set(event.tabId, record);
    // A committed document resets the tab's badge (Chrome clears tab-specific state on navigation).
    if (event.kind === 'committed' || record.inspection !== previous?.inspection) await deps.showVerdict(event.tabId, record.inspection);
  }

  function mayHoldRequest(record: TabRecord, previous: TabRecord | undefined, event: NavigationEvent): boolean {
    if (record.inspection !== undefined) return true;
    if (event.kind !== 'opened' && deps.inspector.mayBeRequest(event.url)) return true;
    // A chain that just started keeps the navigation's first URL, checked while it was pending.
    return record.chain !== previous?.chain && event.kind === 'committed' && record.chain.steps.slice(0, -1).some((s) => deps.inspector.mayBeRequest(s.url));
  }

  async function inspect(record: TabRecord, at: number): Promise<TabRecord> {
    const history = await deps.history.all();
    let inspection = deps.inspector.inspect(record.chain, history);
    if (inspection === undefined) return withoutInspection(record);
    let entry = historyEntryOf(inspection, record.chain.start, at);
    const key = entry && historyKey(entry);
    if (key !== undefined && key === record.recorded?.key) {
      // The same request seen again (its sign-in pages): compare it with what came before it.
      const before = history.filter((e) => !(e.at === record.recorded!.at && historyKey(e) === key));
      inspection = deps.inspector.inspect(record.chain, before) ?? inspection;
      entry = undefined;
    }
    if (entry === undefined || key === undefined) return { ...record, inspection };
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

function withoutInspection(record: TabRecord): TabRecord {
  if (record.inspection === undefined) return record;
  const { inspection: _dropped, ...rest } = record;
  return rest;
}
