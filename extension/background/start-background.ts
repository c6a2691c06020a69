import { browser } from '#imports';
import { z } from 'zod';
import { createVerdictBadge } from '../badge/verdict-badge.js';
import { createHistoryStore } from '../history/history-store.js';
import type { Inspector } from '../inspection/inspector.js';
import { createMessageDispatcher } from '../messaging/dispatch-message.js';
import { createMessageHandlers } from '../messaging/message-handlers.js';
import { registerNavigationListeners } from '../navigation/register-navigation-listeners.js';
import { createPanelOffer } from '../panel/panel-offer.js';
import { createPanelPermissionSync } from '../panel/panel-permission-sync.js';
import { PANEL_SCRIPT } from '../panel/panel-script.js';
import { createSettingsStore } from '../settings/settings-store.js';
import { historyItem, settingsItem, tabRecordsItem } from '../storage/items.js';
import { createTabRecords } from '../tabs/tab-records.js';
import { createTabTracker } from '../tabs/tab-tracker.js';

/**
 * The background's composition root: builds the stores and the tracker from the real browser APIs
 * and registers every listener synchronously (an event that woke the MV3 service worker is
 * delivered only to listeners added in its first turn).
 */
export function startBackground(inspector: Inspector): void {
  // The extension's CSP forbids eval: zod validates without compiling parsers (no `new Function` probe).
  z.config({ jitless: true });
  const onError = (error: unknown) => console.error('consentry:', error);
  const records = createTabRecords(tabRecordsItem);
  const history = createHistoryStore(historyItem);
  const settings = createSettingsStore(settingsItem);
  const tracker = createTabTracker({
    records,
    history,
    inspector,
    showVerdict: createVerdictBadge(browser.action),
    showPanel: createPanelOffer({
      settings,
      hasOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PANEL_SCRIPT] });
      },
    }),
  });
  registerNavigationListeners(browser.webNavigation, tracker, isPopupWindow, onError);
  browser.tabs.onRemoved.addListener((tabId) => void tracker.removed(tabId).catch(onError));
  const panelPermissions = createPanelPermissionSync(settings);
  browser.permissions.onAdded.addListener((p) => void panelPermissions.added(p.origins ?? []).catch(onError));
  browser.permissions.onRemoved.addListener((p) => void panelPermissions.removed(p.origins ?? []).catch(onError));

  const dispatch = createMessageDispatcher(
    createMessageHandlers({ records, history, settings, now: Date.now }),
    { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    onError,
  );
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));

  // Tab ids need no permission.
  const openTabIds = async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  void tracker.prune(openTabIds).catch(onError);
}

/** Whether the tab is in a popup window (`window.open` with features), rather than a tab strip. */
async function isPopupWindow(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  return (await browser.windows.get(tab.windowId)).type === 'popup';
}
