import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, Inspection } from '../../../shared/inspector/inspection.js';
import { createHistoryStore } from '../../../extension/history/history-store.js';
import { createMessageDispatcher } from '../../../extension/messaging/dispatch-message.js';
import { createMessageHandlers } from '../../../extension/messaging/message-handlers.js';
import { createSettingsStore } from '../../../extension/settings/settings-store.js';
import { historyItem, settingsItem, tabRecordsItem } from '../../../extension/storage/items.js';
import { createTabRecords } from '../../../extension/tabs/tab-records.js';

const self = { id: fakeBrowser.runtime.id, baseUrl: fakeBrowser.runtime.getURL('/') };
const extensionPage = { id: self.id, url: `${self.baseUrl}history.html`, tab: { id: 1 }, frameId: 0 };
const popup = { id: self.id, url: `${self.baseUrl}popup.html` };
const contentScript = (tabId: number, frameId = 0) => ({ id: self.id, url: 'https://accounts.google.com/signin', tab: { id: tabId }, frameId });

const entry: HistoryEntry = { provider: 'google', clientId: 'app', scopes: ['openid'], lasting: false, verdict: 'ok', risk: 'identity', at: 5, start: 'typed' };
const inspection: Inspection = {
  kind: 'authorization',
  provider: { id: 'google', name: 'Google' },
  clientId: 'app',
  scopes: [{ requested: 'openid' }],
  lasting: { asked: false },
  risk: 'identity',
  verdict: 'ok',
  findings: [],
  parameters: [{ name: 'state', value: 'secret-state' }],
  url: 'https://accounts.google.com/o/oauth2/v2/auth?client_id=app&scope=openid&state=secret-state',
};

function setup() {
  const records = createTabRecords(tabRecordsItem);
  const history = createHistoryStore(historyItem);
  const settings = createSettingsStore(settingsItem);
  const errors: unknown[] = [];
  const dispatch = createMessageDispatcher(createMessageHandlers({ records, history, settings, now: () => Date.UTC(2026, 11, 1) }), self, (e) => errors.push(e));
  return { records, history, settings, dispatch, errors };
}

beforeEach(() => fakeBrowser.reset());

describe('message dispatch', () => {
  it('answers an extension page with the typed result of the one handler for the message', async () => {
    const { dispatch, history } = setup();
    await history.add(entry);
    expect(await dispatch({ type: 'history.list', query: 'google' }, extensionPage)).toEqual({ ok: true, value: { entries: [entry], total: 1, limit: 1000 } });
    expect(await dispatch({ type: 'settings.panel', provider: 'github', enabled: true }, popup)).toEqual({ ok: true, value: { panel: { github: true } } });
    expect(await dispatch({ type: 'history.clear' }, extensionPage)).toEqual({ ok: true, value: { deleted: 1 } });
    expect(await history.all()).toEqual([]);
  });

  it('refuses privileged messages forged from a content-script context and changes nothing', async () => {
    const { dispatch, history, settings } = setup();
    await history.add(entry);
    for (const message of [
      { type: 'history.clear' },
      { type: 'history.export', format: 'json' },
      { type: 'history.list', query: '' },
      { type: 'settings.panel', provider: 'google', enabled: true },
      { type: 'tab.view', tabId: 1 },
    ]) {
      expect(await dispatch(message, contentScript(3))).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await history.all()).toEqual([entry]);
    expect(await settings.get()).toEqual({ panel: {} });
  });

  it('refuses other extensions, sub-frames and senders the browser does not describe', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ type: 'history.list', query: '' }, { ...extensionPage, id: 'another-extension' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await dispatch({ type: 'panel.view' }, contentScript(3, 2))).toEqual({ ok: false, error: 'forbidden' });
    expect(await dispatch({ type: 'panel.view' }, {})).toEqual({ ok: false, error: 'forbidden' });
    // A page of another extension whose URL merely contains our id.
    expect(await dispatch({ type: 'history.list', query: '' }, { id: self.id, url: `https://evil.test/${self.baseUrl}` })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('gives the panel the inspection of its own tab only, without its URL and decoded parameters', async () => {
    const { dispatch, records } = setup();
    await records.set(3, { chain: { start: 'typed', popup: false, steps: [] }, inspection });
    const { parameters: _, url: _url, ...shown } = inspection;
    expect(await dispatch({ type: 'panel.view' }, contentScript(3))).toEqual({ ok: true, value: { inspection: shown } });
    expect(await dispatch({ type: 'panel.view' }, contentScript(4))).toEqual({ ok: true, value: {} });
    // The message cannot name another tab.
    expect(await dispatch({ type: 'panel.view', tabId: 3 }, contentScript(4))).toEqual({ ok: false, error: 'invalid_message' });
    expect(await dispatch({ type: 'panel.view' }, popup)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('rejects malformed, oversized and prototype-polluting messages before any handler runs', async () => {
    const { dispatch, history, errors } = setup();
    await history.add(entry);
    const malformed: unknown[] = [
      undefined,
      null,
      'history.clear',
      42,
      [],
      [{ type: 'history.clear' }],
      {},
      { type: 'history.remove' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'toString' },
      { type: 'history.list' },
      { type: 'history.list', query: 42 },
      { type: 'history.list', query: 'x'.repeat(5 * 1024 * 1024) },
      { type: 'history.export', format: 'xml' },
      { type: 'tab.view', tabId: -1 },
      { type: 'tab.view', tabId: 1.5 },
      { type: 'tab.view', tabId: '1' },
      { type: 'settings.panel', provider: '__proto__', enabled: true },
      { type: 'settings.panel', provider: 'google', enabled: 'yes' },
      { type: 'history.clear', extra: true },
      JSON.parse('{"type":"history.clear","__proto__":{"polluted":true}}'),
      JSON.parse('{"type":"settings.panel","provider":"google","enabled":true,"constructor":{"prototype":{"polluted":true}}}'),
    ];
    for (const message of malformed) expect(await dispatch(message, extensionPage)).toEqual({ ok: false, error: 'invalid_message' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await history.all()).toEqual([entry]);
    expect(errors).toEqual([]);
  });

  it('answers `failed` without the error text when a handler throws, and keeps answering', async () => {
    const { dispatch, errors } = setup();
    await fakeBrowser.storage.session.set({ tabs: 'not a record map' });
    const reply = await dispatch({ type: 'tab.view', tabId: 1 }, popup);
    expect(reply).toEqual({ ok: false, error: 'failed' });
    expect(errors).toHaveLength(1);
    expect(await dispatch({ type: 'settings.get' }, popup)).toEqual({ ok: true, value: { panel: {} } });
  });
});
