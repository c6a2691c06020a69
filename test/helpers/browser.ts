import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';

/** Where `npm run build:extension` (and the e2e globalSetup) puts the Chrome MV3 build. */
export const chromeExtensionPath = resolve('.output/chrome-mv3');

/** Debian's Chromium; Puppeteer never downloads a browser (CONTRIBUTING.md#toolchain-notes). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium with a fresh profile, optionally with one unpacked extension loaded.
 * `--no-sandbox` because CI runs as root; the rest keeps Chromium off the network
 * (no background, component-update, sync or QUIC traffic: no test reaches the internet).
 * `args` adds flags for this browser only (e.g. a logo server's host mapping and certificate pin).
 * `browser.close()` deletes the profile.
 */
export async function launchBrowser(opts: { extensionPath?: string; args?: string[] } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'consentry-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    ...(opts.extensionPath && { enableExtensions: [resolve(opts.extensionPath)] }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.args ?? []),
    ],
  });
  // close() also deletes the profile, awaited so the test worker does not exit first. Chromium's
  // helper processes may still be writing it when the pipe closes, hence the retries.
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return browser;
}

/** The id of the loaded extension, read from its service worker's URL (never hard-coded). */
export async function extensionId(browser: Browser): Promise<string> {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  return new URL(worker.url()).host;
}

/**
 * Saves a full-page PNG to docs/screenshots/<name>.png when SCREENSHOTS=1 (this is how the
 * README's screenshots are made); otherwise does nothing, so e2e runs stay quick.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  if (!/^[a-z0-9-]+$/.test(name)) throw new TypeError(`screenshot name must be kebab-case: ${name}`);
  const dir = resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) as `${string}.png`, fullPage: true });
}
