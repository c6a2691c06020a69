import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResolver } from '../../service/dns/resolver-list.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { startDnsmasq, type Dnsmasq } from '../helpers/dnsmasq.js';
import { createAccountWithMember, createUser } from '../helpers/fixtures.js';
import { startLogoServer, type LogoServer } from '../helpers/logo-server.js';
import { PKCE } from '../helpers/oauth-flow.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PASSWORD = 'correct horse battery staple';
const HOST = 'zonedeploy.example.test';

let app: TestApp;
let browser: Browser;
let dns: Dnsmasq;
let logo: LogoServer;

beforeAll(async () => {
  // dnsmasq is authoritative for example.test (--local=/example.test/); the app asks only it.
  dns = await startDnsmasq({});
  // The app's https logo, served on loopback: Chromium maps the host to it and pins its certificate.
  logo = await startLogoServer(HOST);
  [app, browser] = await Promise.all([
    startTestApp({ env: { DNS_RESOLVERS: formatResolver(dns.resolver) } }),
    launchBrowser({ args: logo.chromiumArgs }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await dns?.stop();
  await logo?.close();
});

/** Only the app and the loopback logo server are reachable: anything else is refused, so no test leaves the machine. */
async function localOnly(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(app.url) || r.url() === logo.logoUri ? r.continue() : r.abort()));
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${app.url}/login`);
  await page.type('input[name=email]', email);
  await page.type('input[name=password]', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

describe('domain verification in Chromium', () => {
  it('a developer verifies the domain and makes the app public; a user of another account sees the verified shield', async () => {
    const dev = await createUser(app.deps, { email: 'dev@zonedeploy.test', password: PASSWORD, name: 'Dev' });
    const acme = await createAccountWithMember(app.deps, { userId: dev.id, role: 'admin', name: 'Zone Deploy Inc' });
    const user = await createUser(app.deps, { email: 'ada@other.test', password: PASSWORD, name: 'Ada' });
    await createAccountWithMember(app.deps, { userId: user.id, role: 'admin', name: 'Ada Corp' });

    // The developer registers the app with its home page and an https logo.
    const page = await browser.newPage();
    await localOnly(page);
    await signIn(page, 'dev@zonedeploy.test');
    await page.goto(`${app.url}/accounts/${acme.id}/clients/new`);
    await page.type('input[name=client_name]', 'Zone Deploy');
    await page.type('textarea[name=redirect_uris]', `https://${HOST}/callback`);
    await page.type('input[name=client_uri]', `https://${HOST}`);
    await page.type('input[name=logo_uri]', logo.logoUri);
    await page.$$eval('input[name=scopes]', (boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = ['openid', 'zone.read'].includes((b as HTMLInputElement).value))));
    await page.$$eval('input[name=optional_scopes]', (boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = false)));
    await Promise.all([page.waitForNavigation(), page.click('form.client-form button[type=submit]')]);
    expect(await text(page, '.page-head h1')).toBe('Zone Deploy');

    // The page tells exactly which record to add.
    expect(await page.$eval('[data-verification-status]', (el) => el.getAttribute('data-verification-status'))).toBe('pending');
    const recordName = await text(page, '#record-name');
    const recordValue = await text(page, '#record-value');
    expect(recordName).toBe(`_consentry-challenge.${HOST}`);
    expect(recordValue).toMatch(/^consentry-verification=[A-Za-z0-9_-]{22}$/);
    expect(await page.$eval('#record-value + button', (el) => el.getAttribute('data-copy'))).toBe(recordValue);

    // The developer publishes it; Check now turns Verified.
    await dns.restart({ txt: [[recordName, recordValue]] });
    await Promise.all([page.waitForNavigation(), page.click('button[name=action][value=check]')]);
    expect(await page.$eval('[data-verification-status]', (el) => el.getAttribute('data-verification-status'))).toBe('verified');
    expect(await text(page, '[data-verification-status]')).toBe('Verified');
    await screenshot(page, 'client-verification');

    // Make public, with the confirmation step.
    await Promise.all([page.waitForNavigation(), page.click('#visibility a.button')]);
    expect(await page.$$eval('[data-prerequisite]', (items) => items.map((i) => i.getAttribute('data-met')))).toEqual(['true', 'true', 'true', 'true']);
    await Promise.all([page.waitForNavigation(), page.click('button[name=confirm]')]);
    expect(await text(page, '.badge.public')).toBe('public');
    const clientId = await text(page, '#client-id');

    // A user of another account, in a browser context of their own, opens the authorization URL.
    const context = await browser.createBrowserContext();
    const other = await context.newPage();
    await localOnly(other);
    await signIn(other, 'ada@other.test');
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: `https://${HOST}/callback`,
      scope: 'openid zone.read',
      state: 'e2e',
      code_challenge: PKCE.challenge,
      code_challenge_method: 'S256',
    });
    await other.goto(`${app.url}/oauth2/auth?${params}`);
    expect(await text(other, '.app-name')).toBe('Zone Deploy');
    expect(await other.$eval('[data-shield]', (el) => el.getAttribute('data-shield'))).toBe('verified');
    expect(await text(other, '.shield-note')).toBe(`Verified means the developer proved control of ${HOST}; it is not an endorsement.`);
    // The logo the developer registered is what the user sees (decoded, not a broken image).
    await other.waitForFunction(() => document.querySelector<HTMLImageElement>('img.app-logo')?.complete === true);
    expect(await other.$eval('img.app-logo', (img) => [(img as HTMLImageElement).src, (img as HTMLImageElement).naturalWidth])).toEqual([logo.logoUri, 128]);
    await screenshot(other, 'consent-verified');
    await context.close();
  });
});
