import { browser } from '#imports';

/** The extension's pages, by name. */
export type ExtensionPage = 'popup' | 'history' | 'developer' | 'options';

/** Address of one of the extension's pages, optionally about one tab. */
export function pageUrl(page: ExtensionPage, tabId?: number): string {
  const url = browser.runtime.getURL(`/${page}.html`);
  return tabId === undefined ? url : `${url}?tab=${tabId}`;
}
