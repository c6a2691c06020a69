import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('Chromium against the running service', () => {
  it('loads /healthz and sees the JSON status', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${app.url}/healthz`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(await page.evaluate(() => document.body.innerText))).toEqual({ status: 'ok' });
  });
});
