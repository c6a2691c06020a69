import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeExtensionPath, extensionId, launchBrowser, screenshot } from '../helpers/browser.js';

// .output/chrome-mv3 and .output/firefox-mv3 are built by test/global-setup-extension.ts.
const firefoxExtensionPath = resolve('.output/firefox-mv3');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

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
    expect(await page.$eval('main.popup p', (el) => el.textContent)).toBe('This tab is not showing an OAuth authorization request.');
    await screenshot(page, 'extension-popup-empty');
  });

  it('asks for the fewest permissions: no host, no tabs; provider hosts only as optional (docs/security.md X1)', () => {
    for (const dir of [chromeExtensionPath, firefoxExtensionPath]) {
      const manifest = manifestOf(dir);
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.permissions).toEqual(['webNavigation', 'storage', 'scripting']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toEqual([]);
      for (const key of ['externally_connectable', 'web_accessible_resources', 'content_security_policy']) expect(manifest[key]).toBeUndefined();
      const optional = manifest.optional_host_permissions as string[];
      expect(optional).toContain('https://*.google.com/*');
      expect(optional).toContain('https://*.microsoftonline.com/*');
      expect(optional).toContain('https://*.github.com/*');
      expect(optional.every((o) => /^https:\/\/\*\.[a-z0-9.-]+\/\*$/.test(o))).toBe(true);
      expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' });
    }
  });

  it('ships no remote code and no eval of its own (docs/security.md X2)', () => {
    for (const file of filesOf(chromeExtensionPath).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\(|importScripts\(['"]http|<script[^>]+src=["']https?:|setTimeout\(["']/);
      // zod's one `new Function` is a feature probe it skips when configured jitless (the background does).
      expect(text.match(/new Function\(/g)?.length ?? 0, file).toBeLessThanOrEqual(1);
    }
  });
});

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await promisify(execFile)(resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', firefoxExtensionPath, '--output', 'json', '--no-config-discovery'], {
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: Array<{ code: string }> };
    expect(report.errors).toEqual([]);
    // Left: innerHTML in Preact's renderer (no dangerouslySetInnerHTML here) and zod's eval probe (jitless here).
    expect(report.warnings.map((w) => w.code).sort()).toEqual(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT']);
  });
});
