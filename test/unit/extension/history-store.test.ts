import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/inspector/inspection.js';
import { createHistoryStore, HISTORY_LIMIT } from '../../../extension/history/history-store.js';
import { createPanelPermissionSync } from '../../../extension/panel/panel-permission-sync.js';
import { createSettingsStore } from '../../../extension/settings/settings-store.js';
import { historyItem, settingsItem } from '../../../extension/storage/items.js';

const entry = (at: number, clientId = 'app-1'): HistoryEntry => ({
  provider: 'google',
  clientId,
  redirectHost: 'app.example.test',
  scopes: ['openid', 'https://www.googleapis.com/auth/calendar.readonly'],
  lasting: false,
  verdict: 'ok',
  risk: 'read',
  at,
  start: 'link',
});

beforeEach(() => fakeBrowser.reset());

describe('history store', () => {
  it('appends entries oldest first and keeps them in storage.local under its one key', async () => {
    const history = createHistoryStore(historyItem);
    await history.add(entry(1));
    await history.add(entry(2, 'app-2'));
    expect(await history.all()).toEqual([entry(1), entry(2, 'app-2')]);
    expect(await fakeBrowser.storage.local.get('history')).toEqual({ history: [entry(1), entry(2, 'app-2')] });
  });

  it(`keeps the newest ${HISTORY_LIMIT} entries, dropping the oldest`, async () => {
    await historyItem.setValue(Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(i)));
    const history = createHistoryStore(historyItem);
    await history.add(entry(HISTORY_LIMIT));
    await history.add(entry(HISTORY_LIMIT + 1));
    const all = await history.all();
    expect(all).toHaveLength(HISTORY_LIMIT);
    expect(all[0]!.at).toBe(2);
    expect(all.at(-1)!.at).toBe(HISTORY_LIMIT + 1);
  });

  it('lands two writes made at once', async () => {
    const history = createHistoryStore(historyItem, 10);
    await Promise.all([history.add(entry(1)), history.add(entry(2)), history.add(entry(3))]);
    expect((await history.all()).map((e) => e.at)).toEqual([1, 2, 3]);
  });

  it('drops stored entries that do not match the schema (storage.local is reachable by content scripts)', async () => {
    await fakeBrowser.storage.local.set({
      history: [entry(1), { ...entry(2), code: 'leaked' }, { provider: 'google' }, 'text', { ...entry(3), verdict: 'fine' }, entry(4)],
    });
    expect((await createHistoryStore(historyItem).all()).map((e) => e.at)).toEqual([1, 4]);
  });

  it('deletes every entry', async () => {
    const history = createHistoryStore(historyItem);
    await history.add(entry(1));
    await history.clear();
    expect(await history.all()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('history')).toEqual({ history: [] });
  });
});

describe('settings store', () => {
  it('has the panel off for every provider until the user turns it on', async () => {
    const settings = createSettingsStore(settingsItem);
    expect(await settings.get()).toEqual({ panel: {} });
    expect(await settings.setPanel('google', true)).toEqual({ panel: { google: true } });
    expect(await settings.setPanel('github', true)).toEqual({ panel: { google: true, github: true } });
    expect(await settings.setPanel('google', false)).toEqual({ panel: { github: true } });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { panel: { github: true } } });
  });

  it('falls back to the defaults when the stored value is not valid', async () => {
    await fakeBrowser.storage.local.set({ settings: { panel: { 'Not An Id!': true } } });
    expect(await createSettingsStore(settingsItem).get()).toEqual({ panel: {} });
  });
});

describe('panel permission sync', () => {
  it('turns a provider on once all its hosts are granted, and off when one is removed', async () => {
    const settings = createSettingsStore(settingsItem);
    const sync = createPanelPermissionSync(settings);
    await sync.added(['https://*.github.com/*', 'https://*.unrelated.test/*']);
    await sync.added(['https://*.microsoftonline.com/*']);
    expect(await settings.get()).toEqual({ panel: { github: true } });
    await sync.removed(['https://*.github.com/*']);
    expect(await settings.get()).toEqual({ panel: {} });
  });
});
