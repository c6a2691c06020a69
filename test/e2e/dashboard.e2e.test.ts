import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../service/demo/seed-demo.js';
import { verifyClientSecret } from '../helpers/client-secret.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let browser: Browser;
let page: Page;
let adminPassword: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  // The same demo `npm start` seeds; its banner is the only place the passwords appear.
  const demo = await seedDemo(app.deps);
  adminPassword = /admin@demo\.consentry\.test\s+(\S+)/.exec(demo!.banner)![1]!;
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const submit = (selector: string) => Promise.all([page.waitForNavigation(), page.click(selector)]);

describe('dashboard in Chromium', () => {
  it('signs in as the demo admin, registers a client, shows its secret once, rotates it and deletes the client', async () => {
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login');
    await page.type('input[name=email]', 'admin@demo.consentry.test');
    await page.type('input[name=password]', adminPassword);
    await submit('main form button[type=submit]');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await text('main')).toContain('Acme Robotics (demo)');
    await screenshot(page, 'dashboard');

    const [acme] = (await app.deps.stores.accounts.forUser((await app.deps.stores.users.byEmail('admin@demo.consentry.test'))!.id)).filter(
      (a) => a.name === 'Acme Robotics (demo)',
    );
    await page.goto(`${app.url}/accounts/${acme!.id}/clients`);
    expect(await text('main')).toContain('Acme Dashboard (demo)');
    await screenshot(page, 'clients');

    await page.goto(`${app.url}/accounts/${acme!.id}/clients/new`);
    await page.type('input[name=client_name]', 'Zone Reporter');
    await page.type('textarea[name=redirect_uris]', 'https://reporter.example.com/oauth/callback');
    await page.click('input[name=token_endpoint_auth_method][value=client_secret_basic]');
    await page.click('input[name=scopes][value="zone.read"]');
    await page.click('input[name=optional_scopes][value="analytics.read"]');
    await screenshot(page, 'client-new');
    await submit('form.client-form button[type=submit]');

    // The secret is on the answer to the form itself, once.
    const secret = (await text('#client-secret')).trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'client-created');
    const clientId = (await app.deps.stores.clients.forAccount(acme!.id)).find((c) => c.client_name === 'Zone Reporter')!.client_id;
    expect(await verifyClientSecret(app.deps, clientId, secret)).toBe(true);

    await page.goto(`${app.url}/accounts/${acme!.id}/clients/${clientId}`);
    expect(await page.$('#client-secret')).toBeNull();
    expect(await page.content()).not.toContain(secret);
    expect(await text('main')).toContain('Zone Reporter');

    await submit('form[action$="/rotate_secret"] button');
    const rotated = (await text('#client-secret')).trim();
    expect(rotated).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated).not.toBe(secret);
    // Both secrets work during the rotation; finishing it drops the old one.
    expect(await verifyClientSecret(app.deps, clientId, secret)).toBe(true);
    expect(await verifyClientSecret(app.deps, clientId, rotated)).toBe(true);
    await page.goto(`${app.url}/accounts/${acme!.id}/clients/${clientId}`);
    await screenshot(page, 'client-detail');
    await submit('form[action$="/rotate_secret/finish"] button');
    expect(await verifyClientSecret(app.deps, clientId, secret)).toBe(false);
    expect(await verifyClientSecret(app.deps, clientId, rotated)).toBe(true);

    await page.goto(`${app.url}/accounts/${acme!.id}/clients/${clientId}/delete`);
    await submit('form[action$="/delete"] button.danger');
    expect(new URL(page.url()).pathname).toBe(`/accounts/${acme!.id}/clients`);
    expect(await text('main')).not.toContain('Zone Reporter');
    expect(await app.deps.stores.clients.byId(clientId)).toBeUndefined();
  });
});
