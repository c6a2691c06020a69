import { browser } from '#imports';

/**
 * The tab a page is about: `?tab=<id>` (the developer view, or the popup opened as a page), else
 * the active tab of the window the popup was opened on. Tab ids need no permission.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab') ?? Number.NaN);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
