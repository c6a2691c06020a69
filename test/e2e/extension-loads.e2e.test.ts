import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeExtensionPath, extensionId, launchBrowser, screenshot } from '../helpers/browser.js';

// .output/chrome-mv3 is built by test/global-setup-extension.ts before this file runs.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ extensionPath: chromeExtensionPath });
});
afterAll(async () => {
  await browser?.close();
});

describe('the Chrome MV3 build', () => {
  it('loads in Chromium with its service worker', async () => {
    expect(await extensionId(browser)).toMatch(/^[a-p]{32}$/);
  });

  it('renders the popup, which says the tab holds no authorization request', async () => {
    const id = await extensionId(browser);
    const page = await browser.newPage();
    // The width Chrome gives the popup (its body's max-width), so the screenshot is the popup, not a tab.
    await page.setViewport({ width: 420, height: 100 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForSelector('main.popup');
    expect(await page.$eval('main.popup h1', (el) => el.textContent)).toBe('Consentry');
    expect(await page.$eval('main.popup p', (el) => el.textContent)).toBe(
      'This tab is not showing an OAuth authorization request.',
    );
    await screenshot(page, 'extension-popup-empty');
  });
});
