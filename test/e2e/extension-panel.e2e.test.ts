import type { Browser, Page, WebWorker } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { badgeOf, extensionWorker, grantedHostsBuild, openExtensionPage, storedLocal, tabIdOf } from '../helpers/extension-browser.js';
import { startProviderSites, type ProviderSites } from '../helpers/provider-sites.js';

// A copy of the Chrome build with the provider hosts granted (see grantedHostsBuild: headless
// Chromium cannot answer the permission prompt); everything else is the shipped build.
let sites: ProviderSites;
let build: ReturnType<typeof grantedHostsBuild>;
let browser: Browser;
let worker: WebWorker;

const GITHUB = 'https://github.com/login/oauth/authorize?client_id=Ov23liE2eReleaseBot&redirect_uri=https%3A%2F%2Frelease-bot.example.test%2Fcallback&scope=repo%20workflow&state=panel-state';
const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=123-panel.apps.googleusercontent.com&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.test%2Fcb&scope=openid&state=s';

beforeAll(async () => {
  sites = await startProviderSites();
  build = grantedHostsBuild();
  browser = await launchBrowser({ extensionPath: build.path, args: sites.chromiumArgs });
  worker = await extensionWorker(browser);
});
afterAll(async () => {
  await browser?.close();
  await sites?.close();
  build?.remove();
});

/** The panel's markup, read through DevTools (its shadow root is closed to the page's scripts). */
async function panelHtml(page: Page): Promise<string> {
  type Node = { nodeId: number; nodeName: string; children?: Node[]; shadowRoots?: Node[] };
  const cdp = await page.createCDPSession();
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (n: Node): Node | undefined => (n.nodeName === 'CONSENTRY-PANEL' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
  const shadow = find(root)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no panel');
  const parts = await Promise.all((shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })));
  await cdp.detach();
  return parts.map((p) => p.outerHTML).join('');
}
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ').trim();

describe('the in-page panel', () => {
  it('is turned on per provider from the options page, and shown only on that provider’s pages', async () => {
    const options = await openExtensionPage(browser, 'options', undefined, 900);
    expect(await options.$$eval('input[name=panel]:checked', (boxes) => boxes.length)).toBe(0);
    await options.click('input[name=panel][value=github]');
    await vi.waitFor(async () => {
      expect(await storedLocal(worker, 'settings')).toEqual({ settings: { panel: { github: true } } });
    }, { timeout: 5_000, interval: 50 });
    await options.close();

    // Google's pages are granted too, but the panel is off for Google: nothing runs there.
    const google = await browser.newPage();
    await google.goto(GOOGLE);
    const github = await browser.newPage();
    await github.setViewport({ width: 1000, height: 720 });
    await github.goto(GITHUB);
    await github.waitForSelector('consentry-panel', { timeout: 5_000 });
    expect(await google.$('consentry-panel')).toBeNull();
    await google.close();

    const shown = text(await panelHtml(github));
    for (const part of ['Consentry', 'Be careful', 'Provider GitHub', 'App Not a known app Ov23liE2eReleaseBot', 'Full control of repositories', 'Shown by the Consentry extension, not by this page.']) {
      expect(shown).toContain(part);
    }
    expect(shown).not.toContain('panel-state');
    expect((await badgeOf(worker, await tabIdOf(worker, 'github.com/login/oauth'))).text).toBe('!');
    await screenshot(github, 'extension-panel');
    await github.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await screenshot(github, 'extension-panel-dark');

    // Keyboard: the panel is last in the tab order, and Escape dismisses it.
    for (let i = 0; i < 5 && (await github.evaluate(() => document.activeElement?.tagName)) !== 'CONSENTRY-PANEL'; i++) await github.keyboard.press('Tab');
    expect(await github.evaluate(() => document.activeElement?.tagName)).toBe('CONSENTRY-PANEL');
    await github.keyboard.press('Escape');
    await github.waitForFunction(() => document.querySelector('consentry-panel') === null, { timeout: 5_000 });
    await github.close();
  });
});
