import { browser } from 'wxt/browser';

/**
 * URL of the active tab in the current window. With the `activeTab` permission the browser
 * reveals it only after the user opened the popup on that tab; otherwise it is `undefined`.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
