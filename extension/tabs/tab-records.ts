import type { tabRecordsItem } from '../storage/items.js';
import type { TabRecord } from './tab-record.js';

/**
 * The records of open tabs: a map in memory, written through to `storage.session` so that the
 * MV3 service worker, which the browser stops when idle, picks up every chain where it left it.
 * The first call of any method re-hydrates the map.
 */
export interface TabRecords {
  get(tabId: number): Promise<TabRecord | undefined>;
  set(tabId: number, record: TabRecord): Promise<void>;
  delete(tabId: number): Promise<void>;
  /** Drops the records of tabs not in `openTabIds` (closed while the worker was stopped). */
  retain(openTabIds: readonly number[]): Promise<void>;
}

export function createTabRecords(item: typeof tabRecordsItem): TabRecords {
  let loaded: Promise<Map<number, TabRecord>> | undefined;
  const map = () => (loaded ??= item.getValue().then((value) => new Map(Object.entries(value).map(([id, r]) => [Number(id), r]))));
  const save = (records: Map<number, TabRecord>) => item.setValue(Object.fromEntries(records));
  return {
    get: async (tabId) => (await map()).get(tabId),
    async set(tabId, record) {
      const records = await map();
      records.set(tabId, record);
      await save(records);
    },
    async delete(tabId) {
      const records = await map();
      if (records.delete(tabId)) await save(records);
    },
    async retain(openTabIds) {
      const records = await map();
      const open = new Set(openTabIds);
      let changed = false;
      for (const id of records.keys()) if (!open.has(id)) changed = records.delete(id) || changed;
      if (changed) await save(records);
    },
  };
}
