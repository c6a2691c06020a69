import type { browser } from '#imports';
import type { TabTracker } from '../tabs/tab-tracker.js';

type WebNavigation = typeof browser.webNavigation;

/**
 * Feeds the tracker the browser's navigation events of top-level frames (a tab, or a popup window
 * a page opened): the first URL of each navigation, what committed (after server redirects), a
 * failed load, and a page opening a new tab or window. Sub-frames are ignored. Registered
 * synchronously when the background starts, so an event that woke the service worker is not lost.
 */
export function registerNavigationListeners(
  webNavigation: WebNavigation,
  tracker: TabTracker,
  isPopupWindow: (tabId: number) => Promise<boolean>,
  onError: (error: unknown) => void,
): void {
  const run = (task: Promise<void>) => void task.catch(onError);
  // `timeStamp` is a fraction of a millisecond; chains and the history keep whole milliseconds.
  const at = (d: { timeStamp: number }) => Math.round(d.timeStamp);
  webNavigation.onCreatedNavigationTarget.addListener((d) => {
    // Queued at once, so the new tab's own events come after it; the window type is looked up meanwhile.
    const popup = isPopupWindow(d.tabId).catch(() => false);
    run(tracker.navigation(popup.then((p) => ({ kind: 'opened', tabId: d.tabId, sourceTabId: d.sourceTabId, url: d.url, at: at(d), popup: p }))));
  });
  webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) run(tracker.navigation({ kind: 'before', tabId: d.tabId, url: d.url, at: at(d) }));
  });
  webNavigation.onCommitted.addListener((d) => {
    if (d.frameId !== 0) return;
    const details = d as typeof d & { transitionType?: string; transitionQualifiers?: string[] };
    run(tracker.navigation({
      kind: 'committed',
      tabId: d.tabId,
      url: d.url,
      at: at(d),
      ...(details.transitionType !== undefined && { transition: details.transitionType }),
      qualifiers: details.transitionQualifiers ?? [],
    }));
  });
  webNavigation.onErrorOccurred.addListener((d) => {
    if (d.frameId === 0) run(tracker.navigation({ kind: 'error', tabId: d.tabId, url: d.url, at: at(d), error: d.error }));
  });
  webNavigation.onCompleted.addListener((d) => {
    if (d.frameId === 0) run(tracker.completed(d.tabId, d.url));
  });
  webNavigation.onTabReplaced.addListener((d) => run(tracker.replaced(d.replacedTabId, d.tabId)));
}
