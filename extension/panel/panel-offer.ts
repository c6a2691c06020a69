import type { Inspection } from '../../shared/inspector/inspection.js';
import type { SettingsStore } from '../settings/settings-store.js';

export interface PanelOfferDeps {
  readonly settings: SettingsStore;
  /** Whether the user granted the extension access to `origin` (an optional host permission). */
  readonly hasOrigin: (origin: string) => Promise<boolean>;
  /** Runs the panel content script in the tab's top frame; it asks the background what to show. */
  readonly inject: (tabId: number) => Promise<void>;
}

/**
 * Shows the in-page panel on a loaded page of a flow when the user turned it on for the
 * inspection's provider and granted access to the page's origin; otherwise nothing runs in the page.
 */
export function createPanelOffer(deps: PanelOfferDeps) {
  return async (tabId: number, url: string, inspection: Inspection): Promise<void> => {
    const settings = await deps.settings.get();
    if (settings.panel[inspection.provider.id] !== true) return;
    let origin: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') return;
      origin = parsed.origin;
    } catch {
      return;
    }
    if (await deps.hasOrigin(origin)) await deps.inject(tabId);
  };
}
