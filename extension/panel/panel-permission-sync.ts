import type { SettingsStore } from '../settings/settings-store.js';
import { PANEL_PROVIDERS } from './panel-providers.js';

/**
 * Keeps the panel settings in step with the host permissions the browser holds: Chrome closes the
 * popup when its permission prompt opens, so the popup may never learn the answer; the background
 * does (`permissions.onAdded` / `onRemoved`). A provider is on once all its origins are granted, and
 * off as soon as one is removed.
 */
export function createPanelPermissionSync(settings: SettingsStore) {
  return {
    added: async (origins: readonly string[]) => {
      for (const p of PANEL_PROVIDERS) if (p.origins.every((o) => origins.includes(o))) await settings.setPanel(p.id, true);
    },
    removed: async (origins: readonly string[]) => {
      for (const p of PANEL_PROVIDERS) if (p.origins.some((o) => origins.includes(o))) await settings.setPanel(p.id, false);
    },
  };
}
