import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { chromeExtensionPath, extensionId, screenshot } from './browser.js';

/** The parts of Chromium's extension API these helpers call inside the service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  webNavigation: { getFrame(d: { tabId: number; frameId: number }): Promise<{ url: string } | null>; onCommitted: { hasListeners(): boolean } };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/**
 * The loaded extension's service worker, once its script has run (so its listeners are
 * registered: navigations before that are not seen, as right after an install), to read what the
 * browser shows (badge, title).
 */
export async function extensionWorker(browser: Browser): Promise<WebWorker> {
  const id = await extensionId(browser);
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  const worker = (await target.worker())!;
  // Puppeteer can reach the worker before its script ran (even before `chrome` exists there).
  const listening = () => worker.evaluate(() => (globalThis as { chrome?: typeof chrome }).chrome?.webNavigation?.onCommitted.hasListeners() === true);
  while (!(await listening())) await new Promise((r) => setTimeout(r, 20));
  return worker;
}

/**
 * The browser's id of the tab whose top frame is at a URL `match` accepts, asked through the
 * extension's own webNavigation permission (tab URLs need no `tabs` permission that way).
 */
export async function tabIdOf(worker: WebWorker, match: string): Promise<number> {
  const id = await worker.evaluate(async (part) => {
    for (const tab of await chrome.tabs.query({})) {
      const frame = tab.id === undefined ? null : await chrome.webNavigation.getFrame({ tabId: tab.id, frameId: 0 });
      if (frame?.url.includes(part)) return tab.id!;
    }
    return -1;
  }, match);
  if (id < 0) throw new Error(`no tab at ${match}`);
  return id;
}

/** The toolbar badge the extension set for one tab: text, background colour (RGBA) and title. */
export async function badgeOf(worker: WebWorker, tabId: number) {
  return worker.evaluate(
    async (tab) => ({
      text: await chrome.action.getBadgeText({ tabId: tab }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: tab }),
      title: await chrome.action.getTitle({ tabId: tab }),
    }),
    tabId,
  );
}

/** What the extension keeps under `key` in storage.local, as the browser holds it. */
export async function storedLocal(worker: WebWorker, key: string): Promise<Record<string, unknown>> {
  return worker.evaluate((k) => chrome.storage.local.get(k), key);
}

/** Opens one of the extension's pages as a tab, about `tabId` when given (the popup reads `?tab=`). */
export async function openExtensionPage(browser: Browser, page: 'popup' | 'consent-history' | 'developer' | 'options', tabId?: number, width = 420): Promise<Page> {
  const id = await extensionId(browser);
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 600 });
  await tab.goto(`chrome-extension://${id}/${page}.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await tab.waitForSelector('main');
  return tab;
}

/**
 * A copy of the Chrome build whose optional provider hosts are granted at install, as for a user
 * who already said yes. Headless Chromium cannot answer the permission prompt that
 * `permissions.request` raises; with the hosts already granted, that call answers true at once and
 * the rest of the panel's path (setting, injection, rendering) runs as shipped.
 */
export function grantedHostsBuild(): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-granted-'));
  cpSync(chromeExtensionPath, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { optional_host_permissions: string[]; host_permissions?: string[] };
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `screenshot` of the page in the light and the dark colour scheme (`<name>` and `<name>-dark`). */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await screenshot(page, name);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await screenshot(page, `${name}-dark`);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
}
