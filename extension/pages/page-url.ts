import { browser } from '#imports';

/** The extension's pages, by name (the history page is not `history`, which WXT makes override the browser's own). */
export type ExtensionPage = 'popup' | 'consent-history' | 'developer' | 'options';

/** Address of one of the extension's pages, optionally about one tab. */
export function pageUrl(page: ExtensionPage, tabId?: number): string {
  const url = browser.runtime.getURL(`/${page}.html`);
  return tabId === undefined ? url : `${url}?tab=${tabId}`;
}
