import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  exportHistoryCsv,
  exportHistoryJson,
  historyEntrySchema,
  inspectChain,
  inspectUrl,
  searchHistory,
  toHistoryEntry,
  type HistoryEntry,
  type NavigationChain,
} from '../../../../shared/inspector/index.js';

const T = Date.UTC(2026, 10, 27, 10, 0, 0);
const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=42.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fplanner.example.com%2Fcb&response_type=code&state=SECRET-STATE&nonce=SECRET-NONCE&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&scope=';
const CALENDAR = 'https://www.googleapis.com/auth/calendar.readonly';
const SEND = 'https://www.googleapis.com/auth/gmail.send';
const chain = (scope: string, at: number): NavigationChain => ({ start: 'link', openerUrl: 'https://planner.example.com/', popup: false, steps: [{ event: 'before', url: GOOGLE + encodeURIComponent(scope), at }] });

describe('history', () => {
  it('keeps provider, app, redirect host, scopes, verdict and time, and no query value', () => {
    const entry = toHistoryEntry(inspectChain(chain(`openid ${CALENDAR}`, T), [])!);
    expect(entry).toEqual({
      provider: 'google',
      clientId: '42.apps.googleusercontent.com',
      redirectHost: 'planner.example.com',
      scopes: ['openid', CALENDAR],
      lasting: false,
      verdict: 'ok',
      risk: 'read',
      at: T,
      start: 'link',
    });
    expect(JSON.stringify(entry)).not.toMatch(/SECRET|E9Melhoa/);
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
  });

  it('keeps no device page and nothing without a time', () => {
    expect(toHistoryEntry(inspectUrl('https://microsoft.com/devicelogin')!, { at: T, start: 'typed' })).toBeUndefined();
    expect(toHistoryEntry(inspectUrl(GOOGLE + 'openid')!)).toBeUndefined();
  });

  it('warns when the same app asks for more than before: Calendar before, now Gmail send too', () => {
    const before = toHistoryEntry(inspectChain(chain(CALENDAR, T), [])!)!;
    const now = inspectChain(chain(`${CALENDAR} ${SEND}`, T + 60_000), [before])!;
    expect(now.escalation).toEqual({ previousAt: T, before: ['Read calendars'], added: ['Send email'] });
    expect(now.findings.find((f) => f.code === 'scope_escalation')).toEqual({
      code: 'scope_escalation',
      severity: 'warning',
      field: 'scope',
      message: 'This app asked you for Read calendars before; now it also asks for Send email.',
    });
    expect(inspectChain(chain(CALENDAR, T + 60_000), [before])!.escalation).toBeUndefined();
  });

  it('keeps at most the limit, dropping the oldest, and finds entries by app, host or scope, newest first', () => {
    const entry = (i: number, clientId: string, scopes: string[]): HistoryEntry => ({ provider: 'github', clientId, scopes, lasting: true, verdict: 'caution', risk: 'write', at: T + i, start: 'typed' });
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 5; i++) history = appendHistory(history, entry(i, `app${i}`, i % 2 ? ['repo'] : ['read:user']), 3);
    expect(history.map((e) => e.clientId)).toEqual(['app2', 'app3', 'app4']);
    expect(searchHistory(history, 'REPO').map((e) => e.clientId)).toEqual(['app3']);
    expect(searchHistory(history, '').map((e) => e.clientId)).toEqual(['app4', 'app3', 'app2']);
  });

  it('exports JSON and CSV, quoting and defusing cells a spreadsheet would run', () => {
    const entries: HistoryEntry[] = [
      { provider: 'github', clientId: '=HYPERLINK("http://x")', redirectHost: 'a.example', scopes: ['repo', 'read:org'], lasting: true, verdict: 'danger', risk: 'admin', at: T, start: 'opened' },
      { provider: 'google', clientId: '42', scopes: [], lasting: false, verdict: 'ok', risk: 'unknown', at: T + 1000, start: 'typed' },
    ];
    expect(exportHistoryCsv(entries)).toBe(
      'time,provider,client_id,redirect_host,scopes,lasting,verdict,risk,start\r\n' +
        `2026-11-27T10:00:00.000Z,github,"'=HYPERLINK(""http://x"")",a.example,repo read:org,true,danger,admin,opened\r\n` +
        '2026-11-27T10:00:01.000Z,google,42,,,false,ok,unknown,typed\r\n',
    );
    expect(JSON.parse(exportHistoryJson(entries, T + 5000))).toEqual({
      format: 'consentry-history',
      version: 1,
      exported: '2026-11-27T10:00:05.000Z',
      entries: entries.map((e) => ({ ...e, time: new Date(e.at).toISOString() })),
    });
  });
});
