import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, Inspection } from '../../../shared/inspector/index.js';
import { createVerdictBadge } from '../../../extension/badge/verdict-badge.js';
import { createHistoryStore } from '../../../extension/history/history-store.js';
import { sharedInspector } from '../../../extension/inspection/shared-inspector.js';
import { createPanelOffer } from '../../../extension/panel/panel-offer.js';
import { createSettingsStore } from '../../../extension/settings/settings-store.js';
import { historyItem, settingsItem, tabRecordsItem } from '../../../extension/storage/items.js';
import { createTabRecords } from '../../../extension/tabs/tab-records.js';
import { createTabTracker } from '../../../extension/tabs/tab-tracker.js';

const CLIENT = '812741506391.apps.googleusercontent.com';
const GOOGLE =
  `https://accounts.google.com/o/oauth2/v2/auth?client_id=${CLIENT}&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.test%2Fcb` +
  '&scope=openid%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fgmail.send%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.readonly' +
  '&access_type=offline&state=s1&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';
const SIGN_IN = 'https://accounts.google.com/v3/signin/identifier?dsh=1';
const AZURE_CLI =
  'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code' +
  '&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default+offline_access+openid&state=abc' +
  '&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';
const calendarBefore: HistoryEntry = { provider: 'google', clientId: CLIENT, scopes: ['openid', 'https://www.googleapis.com/auth/calendar.readonly'], lasting: false, verdict: 'ok', risk: 'read', at: 1, start: 'link' };

function setup() {
  const records = createTabRecords(tabRecordsItem);
  const history = createHistoryStore(historyItem);
  const settings = createSettingsStore(settingsItem);
  const injected: number[] = [];
  const granted = new Set<string>();
  const tracker = createTabTracker({
    records,
    history,
    inspector: sharedInspector,
    showVerdict: createVerdictBadge(fakeBrowser.action as never),
    showPanel: createPanelOffer({ settings, hasOrigin: async (o) => granted.has(o), inject: async (tabId) => void injected.push(tabId) }),
  });
  return { records, history, settings, tracker, injected, granted };
}

const badge = async (tabId: number) => ({ text: await fakeBrowser.action.getBadgeText({ tabId }), title: await fakeBrowser.action.getTitle({ tabId }) });
const codes = (inspection: Inspection | undefined) => inspection?.findings.map((f) => f.code);

beforeEach(() => fakeBrowser.reset());

describe('tab tracker', () => {
  it('keeps the request after the redirect to the sign-in page, badges the tab and writes one history entry', async () => {
    const { tracker, records, history } = setup();
    await history.add(calendarBefore);
    await tracker.navigation({ kind: 'before', tabId: 1, url: GOOGLE, at: 100 });
    await tracker.navigation({ kind: 'committed', tabId: 1, url: SIGN_IN, at: 110, transition: 'link', qualifiers: ['server_redirect'] });
    await tracker.navigation({ kind: 'before', tabId: 1, url: `${SIGN_IN}&step=2`, at: 120 });
    await tracker.navigation({ kind: 'committed', tabId: 1, url: `${SIGN_IN}&step=2`, at: 130, transition: 'form_submit', qualifiers: [] });

    const record = await records.get(1);
    expect(record?.inspection?.provider.name).toBe('Google');
    expect(record?.inspection?.verdict).toBe('caution');
    // Compared with what came before it, not with the entry it wrote itself.
    expect(codes(record?.inspection)).toEqual(['scope_escalation', 'scope_write', 'offline_access']);
    expect(await badge(1)).toEqual({ text: '!', title: `Consentry: be careful (Google, ${CLIENT})` });
    expect(await history.all()).toEqual([
      calendarBefore,
      {
        provider: 'google',
        clientId: CLIENT,
        redirectHost: 'app.example.test',
        scopes: ['openid', 'https://www.googleapis.com/auth/gmail.send', 'https://www.googleapis.com/auth/calendar.readonly'],
        lasting: true,
        verdict: 'caution',
        risk: 'write',
        at: 100,
        start: 'link',
      },
    ]);
  });

  it('raises ConsentFix for the Azure CLI opened by a web page, then the code exposed in a failed localhost load', async () => {
    const { tracker, records } = setup();
    await tracker.navigation({ kind: 'before', tabId: 2, url: 'http://blog.example.test/post', at: 1 });
    await tracker.navigation({ kind: 'committed', tabId: 2, url: 'http://blog.example.test/post', at: 2, transition: 'typed', qualifiers: ['from_address_bar'] });
    await tracker.navigation(Promise.resolve({ kind: 'opened', tabId: 3, sourceTabId: 2, url: AZURE_CLI, at: 3, popup: true }));
    await tracker.navigation({ kind: 'before', tabId: 3, url: AZURE_CLI, at: 4 });
    await tracker.navigation({ kind: 'committed', tabId: 3, url: AZURE_CLI, at: 5, transition: 'link', qualifiers: [] });
    expect(codes((await records.get(3))?.inspection)).toContain('consent_fix');
    await tracker.navigation({ kind: 'error', tabId: 3, url: 'http://localhost:8400/?code=0.AAAA&state=abc', at: 6, error: 'net::ERR_CONNECTION_REFUSED' });

    const record = await records.get(3);
    expect(record?.chain.start).toBe('opened');
    expect(record?.chain.openerUrl).toBe('http://blog.example.test/post');
    expect(record?.chain.popup).toBe(true);
    expect(record?.inspection?.verdict).toBe('danger');
    expect(codes(record?.inspection)?.slice(0, 2)).toEqual(['consent_fix', 'loopback_code_exposed']);
    expect((await badge(3)).text).toBe('!!');
    // The page that opened it holds no request: no badge there.
    expect(await badge(2)).toEqual({ text: '', title: 'Consentry' });
  });

  it('flags a device sign-in page reached from a link on a mail page, and keeps no history for it', async () => {
    const { tracker, records, history } = setup();
    await tracker.navigation({ kind: 'before', tabId: 4, url: 'http://mail.example.test/inbox', at: 1 });
    await tracker.navigation({ kind: 'committed', tabId: 4, url: 'http://mail.example.test/inbox', at: 2, transition: 'typed', qualifiers: [] });
    await tracker.navigation({ kind: 'before', tabId: 4, url: 'https://microsoft.com/devicelogin', at: 3 });
    await tracker.navigation({ kind: 'committed', tabId: 4, url: 'https://microsoft.com/devicelogin', at: 4, transition: 'link', qualifiers: [] });
    const inspection = (await records.get(4))?.inspection;
    expect(inspection?.kind).toBe('device');
    expect(codes(inspection)).toEqual(['device_code_phishing', 'device_page']);
    expect((await badge(4)).text).toBe('!!');
    expect(await history.all()).toEqual([]);
  });

  it('drops the inspection and clears the badge when the user moves on by typing an address', async () => {
    const { tracker, records } = setup();
    await tracker.navigation({ kind: 'before', tabId: 5, url: GOOGLE, at: 1 });
    await tracker.navigation({ kind: 'committed', tabId: 5, url: SIGN_IN, at: 2, transition: 'link', qualifiers: ['server_redirect'] });
    await tracker.navigation({ kind: 'before', tabId: 5, url: 'https://news.example.test/', at: 3 });
    await tracker.navigation({ kind: 'committed', tabId: 5, url: 'https://news.example.test/', at: 4, transition: 'typed', qualifiers: ['from_address_bar'] });
    expect((await records.get(5))?.inspection).toBeUndefined();
    expect(await badge(5)).toEqual({ text: '', title: 'Consentry' });
  });

  it('offers the panel on a loaded page only where the user turned it on and granted the origin', async () => {
    const { tracker, settings, injected, granted } = setup();
    await tracker.navigation({ kind: 'before', tabId: 6, url: GOOGLE, at: 1 });
    await tracker.navigation({ kind: 'committed', tabId: 6, url: SIGN_IN, at: 2, transition: 'link', qualifiers: ['server_redirect'] });
    await tracker.completed(6, SIGN_IN);
    await settings.setPanel('google', true);
    await tracker.completed(6, SIGN_IN);
    granted.add('https://accounts.google.com');
    await tracker.completed(6, SIGN_IN);
    await tracker.completed(7, SIGN_IN);
    expect(injected).toEqual([6]);
  });

  it('re-hydrates from storage.session: a new tracker (a restarted service worker) goes on with the chain', async () => {
    const first = setup();
    await first.tracker.navigation({ kind: 'before', tabId: 8, url: GOOGLE, at: 1 });
    const second = setup();
    await second.tracker.navigation({ kind: 'committed', tabId: 8, url: SIGN_IN, at: 2, transition: 'link', qualifiers: ['server_redirect'] });
    const record = await second.records.get(8);
    expect(record?.chain.steps.map((s) => s.event)).toEqual(['before', 'committed']);
    expect(record?.inspection?.provider.id).toBe('google');
    await second.tracker.removed(8);
    expect(await createTabRecords(tabRecordsItem).get(8)).toBeUndefined();
  });
});
