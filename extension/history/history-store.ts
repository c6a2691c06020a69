import { appendHistory, historyEntrySchema, type HistoryEntry } from '../../shared/inspector/index.js';
import type { historyItem } from '../storage/items.js';

/** Entries the history keeps; past it, the oldest are dropped. */
export const HISTORY_LIMIT = 1000;

/** The private history of authorization requests, oldest first. The background is its only writer. */
export interface HistoryStore {
  /** Every entry, oldest first; entries that fail the schema are left out. */
  all(): Promise<readonly HistoryEntry[]>;
  /** Appends `entry`, dropping the oldest entries beyond the limit. */
  add(entry: HistoryEntry): Promise<void>;
  /** Deletes every entry. */
  clear(): Promise<void>;
}

/**
 * A history store over one storage item. Writes are serialised, so two navigations that finish
 * together both land.
 */
export function createHistoryStore(item: typeof historyItem, limit = HISTORY_LIMIT): HistoryStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async () => validEntries(await item.getValue());
  return {
    all: () => serial(read),
    add: (entry) => serial(async () => item.setValue(appendHistory(await read(), entry, limit))),
    clear: () => serial(() => item.setValue([])),
  };
}

function validEntries(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = historyEntrySchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}
