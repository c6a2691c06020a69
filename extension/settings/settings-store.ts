import { z } from 'zod';
import type { settingsItem, Settings } from '../storage/items.js';

const settingsSchema = z.object({ panel: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.boolean()) });

/** The user's settings; the background is the only writer. */
export interface SettingsStore {
  get(): Promise<Settings>;
  /** Turns the in-page panel on or off for one provider's consent pages. */
  setPanel(provider: string, enabled: boolean): Promise<Settings>;
}

export function createSettingsStore(item: typeof settingsItem): SettingsStore {
  const get = async (): Promise<Settings> => {
    // storage.local is reachable by content scripts too: a value that does not parse is ignored
    // (provider ids are checked by pattern, so no key can be `__proto__`).
    const parsed = settingsSchema.safeParse(await item.getValue());
    return parsed.success ? parsed.data : item.fallback;
  };
  return {
    get,
    async setPanel(provider, enabled) {
      const current = await get();
      const panel = { ...current.panel };
      if (enabled) panel[provider] = true;
      else delete panel[provider];
      const next = { panel };
      await item.setValue(next);
      return next;
    },
  };
}
