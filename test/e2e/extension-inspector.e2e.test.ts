import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromeExtensionPath, launchBrowser } from '../helpers/browser.js';
import { badgeOf, extensionWorker, openExtensionPage, screenshotBothSchemes, tabIdOf } from '../helpers/extension-browser.js';
import { startProviderSites, type ProviderSites } from '../helpers/provider-sites.js';

// .output/chrome-mv3 is built by test/global-setup-extension.ts. The providers are loopback
// stand-ins reached through Chromium's host resolver rules (test/helpers/provider-sites.ts).
let sites: ProviderSites;
let browser: Browser;
let worker: WebWorker;

const CLIENT = '812741506391-e2e.apps.googleusercontent.com';
const google = (scopes: string[], state: string) =>
  `https://accounts.google.com/o/oauth2/v2/auth?${new URLSearchParams({
    client_id: CLIENT,
    response_type: 'code',
    redirect_uri: 'https://planner.example.test/oauth/callback',
    scope: scopes.join(' '),
    access_type: 'offline',
    state,
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  })}`;
const CALENDAR = 'https://www.googleapis.com/auth/calendar.readonly';
const GMAIL_SEND = 'https://www.googleapis.com/auth/gmail.send';

beforeAll(async () => {
  sites = await startProviderSites();
  browser = await launchBrowser({ extensionPath: chromeExtensionPath, args: sites.chromiumArgs });
  worker = await extensionWorker(browser);
});
afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

/** The tab's badge once the background has handled the navigation (its events arrive asynchronously). */
const settledBadge = (tabId: number) =>
  vi.waitFor(async () => {
    const badge = await badgeOf(worker, tabId);
    if (badge.text === '') throw new Error(`tab ${tabId} has no badge yet`);
    return badge;
  }, { timeout: 5_000, interval: 50 });

/** The popup's view of one tab, as text per part. */
async function popupOf(tabId: number): Promise<{ page: Page; verdict: string | null; findings: string[]; text: string }> {
  const page = await openExtensionPage(browser, 'popup', tabId);
  return {
    page,
    verdict: await page.$eval('main', (m) => m.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null),
    findings: await page.$$eval('.findings [data-code]', (items) => items.map((i) => i.getAttribute('data-code')!)),
    text: await page.$eval('main', (m) => (m as HTMLElement).innerText.replace(/\s+/g, ' ')),
  };
}

describe('the extension in Chromium, on loopback stand-ins for the providers', () => {
  it('keeps a Google request after the redirect to the sign-in page, badges the tab and explains it in the popup', async () => {
    const tab = await browser.newPage();
    await tab.goto(google(['openid', CALENDAR], 'first-state-value'));
    expect(new URL(tab.url()).pathname).toBe('/v3/signin/identifier');
    const tabId = await tabIdOf(worker, 'accounts.google.com/v3/signin');
    expect(await settledBadge(tabId)).toEqual({ text: '!', color: [154, 103, 0, 255], title: `Consentry: be careful (Google, ${CLIENT})` });

    const popup = await popupOf(tabId);
    expect(popup.verdict).toBe('caution');
    expect(popup.findings).toEqual(['offline_access']);
    for (const part of ['Provider Google', `App Not a known app ${CLIENT}`, 'Answer goes to planner.example.test', 'Lasting access Yes', 'Read calendars Read']) {
      expect(popup.text).toContain(part);
    }
    await popup.page.close();
    await tab.close();
  });

  it('warns when the same app comes back asking for more (Gmail send after Calendar) and lists what it asked before', async () => {
    const tab = await browser.newPage();
    await tab.goto(google(['openid', CALENDAR, GMAIL_SEND], 'second-state-value'));
    const tabId = await tabIdOf(worker, 'accounts.google.com/v3/signin');
    expect((await settledBadge(tabId)).text).toBe('!');
    const popup = await popupOf(tabId);
    expect(popup.findings).toEqual(['scope_escalation', 'scope_write', 'offline_access']);
    expect(popup.text).toContain('This app asked you for Sign you in, Read calendars before; now it also asks for Send email.');
    expect(await popup.page.$$eval('.app-history li', (items) => items.length)).toBe(1);
    expect(popup.text).toContain(`openid, ${CALENDAR} (caution)`);
    await screenshotBothSchemes(popup.page, 'extension-popup');
    await popup.page.close();
    await tab.close();
  });

  it('raises device-code phishing for Microsoft’s device page reached from a link in a mail page', async () => {
    const tab = await browser.newPage();
    await tab.goto('http://mail.example.test/inbox');
    await Promise.all([tab.waitForNavigation(), tab.click('#lure')]);
    const tabId = await tabIdOf(worker, 'microsoft.com/devicelogin');
    expect((await settledBadge(tabId)).text).toBe('!!');
    const popup = await popupOf(tabId);
    expect(popup.verdict).toBe('danger');
    expect(popup.findings).toEqual(['device_code_phishing', 'device_page']);
    expect(popup.text).toContain('Device sign-in page');
    expect(popup.text).toContain('mail.example.test sent you to Microsoft');
    await popup.page.close();
    await tab.close();
  });

  it('raises ConsentFix for the Azure CLI opened by a web page, then the code in the failed localhost load', async () => {
    const blog = await browser.newPage();
    await blog.goto('http://blog.example.test/azure-fix');
    const opened = new Promise<Page>((resolve) => browser.once('targetcreated', (t) => void t.page().then((p) => resolve(p!))));
    await blog.click('#lure');
    const signIn = await opened;
    await signIn.waitForSelector('input[name=login]');
    const tabId = await tabIdOf(worker, 'login.microsoftonline.com/organizations');
    expect((await settledBadge(tabId)).text).toBe('!!');
    // The user signs in; the provider sends the code to a localhost port no program listens on.
    await Promise.all([signIn.waitForNavigation().catch(() => undefined), signIn.click('button[type=submit]')]);
    await signIn.waitForFunction(() => location.href.startsWith('chrome-error:') || document.title !== 'Sign in to your account', { timeout: 10_000 }).catch(() => undefined);

    const popup = await popupOf(tabId);
    expect(popup.verdict).toBe('danger');
    expect(popup.findings.slice(0, 2)).toEqual(['consent_fix', 'loopback_code_exposed']);
    expect(popup.text).toContain('App Microsoft Azure CLI (an app of Microsoft)');
    expect(popup.text).toContain('do not copy or drag its address anywhere');
    await screenshotBothSchemes(popup.page, 'extension-popup-consentfix');
    await popup.page.close();

    // The developer view: every parameter decoded, the PKCE and redirect checks, the chain.
    const developer = await openExtensionPage(browser, 'developer', tabId, 1100);
    const params = await developer.$$eval('table.parameters tbody tr', (rows) => rows.map((r) => r.getAttribute('data-param')));
    expect(params).toEqual(['client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method']);
    expect(await developer.$eval('[data-param=state] .value', (td) => td.textContent)).toBe('consentfix-state-value');
    expect(await developer.$$eval('.check', (checks) => checks.map((c) => [c.getAttribute('data-check'), c.getAttribute('data-pass')]))).toEqual([
      ['PKCE (RFC 7636)', 'true'],
      ['Redirect (RFC 9700 §4.1)', 'false'],
      ['Flow (OAuth 2.1 §4.1)', 'true'],
      ['State (RFC 9700 §4.7)', 'true'],
    ]);
    expect(await developer.$$eval('.chain li', (steps) => steps.map((s) => s.getAttribute('data-event')))).toEqual(['before', 'committed', 'before', 'error']);
    await screenshotBothSchemes(developer, 'extension-developer');
    await developer.close();
    await signIn.close();
    await blog.close();
  });

  it('raises a look-alike finding for Microsoft’s sign-in path on another registrable domain', async () => {
    const tab = await browser.newPage();
    await tab.goto(
      'https://login.microsoftonline.com.secure-login.test/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fsecure-login.test%2Fcb&scope=openid%20Mail.Read&state=x',
    );
    const tabId = await tabIdOf(worker, 'secure-login.test/common');
    expect((await settledBadge(tabId)).text).toBe('!!');
    const popup = await popupOf(tabId);
    expect(popup.findings[0]).toBe('lookalike_host');
    expect(popup.text).toContain("Microsoft's name is only the start of another site's address. It is not Microsoft.");
    await popup.page.close();
    await tab.close();
  });

  it('exports a history of who asked for what, with no code, state or other query value', async () => {
    const page = await openExtensionPage(browser, 'consent-history', undefined, 1200);
    await screenshotBothSchemes(page, 'extension-history');
    const rows = await page.$$eval('table.history tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-provider')));
    expect(rows).toEqual(['generic', 'microsoft', 'google', 'google']);
    const downloads = mkdtempSync(join(tmpdir(), 'consentry-downloads-'));
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await page.click('button ::-p-text(Export JSON)');
      await page.click('button ::-p-text(Export CSV)');
      await vi.waitFor(() => {
        if (readdirSync(downloads).sort().join() !== 'consentry-history.csv,consentry-history.json') throw new Error('downloads not done');
      }, { timeout: 5_000, interval: 50 });
      const json = JSON.parse(readFileSync(join(downloads, 'consentry-history.json'), 'utf8')) as { entries: Array<Record<string, unknown>> };
      expect(json.entries.map((e) => [e.provider, e.clientId, e.start])).toEqual([
        ['google', CLIENT, 'typed'],
        ['google', CLIENT, 'typed'],
        ['microsoft', '04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'opened'],
        ['generic', '6731de76-14a6-49ae-97bc-6eba6914391e', 'typed'],
      ]);
      expect(json.entries[2]).toMatchObject({ redirectHost: 'localhost', verdict: 'danger', lasting: true });
      for (const file of ['consentry-history.json', 'consentry-history.csv']) {
        const text = readFileSync(join(downloads, file), 'utf8');
        for (const secret of ['state-value', 'e2e-authorization-code-value', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'access_type', 'code=', 'state']) {
          expect(text).not.toContain(secret);
        }
      }
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }

    await page.type('input[type=search]', '04b07795');
    await page.waitForFunction(() => document.querySelectorAll('table.history tbody tr').length === 1);
    await page.click('button.danger');
    await page.click('button.danger');
    await page.waitForSelector('p.count');
    expect(await page.$eval('p.count', (p) => p.textContent)).toBe('0 entries');
    await page.close();
  });
});
