import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/inspector/inspection.js';
import { exportHistory } from '../../../extension/history/export-history.js';
import { appHistory, searchHistory } from '../../../extension/history/search-history.js';

const google: HistoryEntry = {
  provider: 'google',
  clientId: '123-abc.apps.googleusercontent.com',
  redirectHost: 'app.example.test',
  scopes: ['openid', 'https://www.googleapis.com/auth/calendar.readonly'],
  lasting: true,
  verdict: 'caution',
  risk: 'read',
  at: Date.UTC(2026, 10, 1, 12, 0, 0),
  start: 'link',
};
const github: HistoryEntry = { provider: 'github', clientId: '=HYPERLINK("https://evil.test","x"),1', scopes: ['repo'], lasting: true, verdict: 'danger', risk: 'write', at: Date.UTC(2026, 10, 2), start: 'opened' };

describe('exportHistory', () => {
  it('writes JSON with ISO times and exactly the entry fields', () => {
    const file = exportHistory([google], 'json');
    expect(file.mimeType).toBe('application/json');
    expect(file.fileName).toBe('consentry-history.json');
    expect(JSON.parse(file.text)).toEqual([{ ...google, at: '2026-11-01T12:00:00.000Z' }]);
  });

  it('writes RFC 4180 CSV with a header, quoting and spreadsheet formulas neutralised', () => {
    const file = exportHistory([google, github], 'csv');
    expect(file.mimeType).toBe('text/csv');
    expect(file.text).toBe(
      'time,provider,client_id,redirect_host,scopes,lasting_access,verdict,risk,started_by\r\n' +
        '2026-11-01T12:00:00.000Z,google,123-abc.apps.googleusercontent.com,app.example.test,openid https://www.googleapis.com/auth/calendar.readonly,true,caution,read,link\r\n' +
        `2026-11-02T00:00:00.000Z,github,"'=HYPERLINK(""https://evil.test"",""x""),1",,repo,true,danger,write,opened\r\n`,
    );
  });
});

describe('searchHistory', () => {
  it('matches every word in any field, case-insensitively, newest first', () => {
    expect(searchHistory([google, github], '')).toEqual([github, google]);
    expect(searchHistory([google, github], 'CALENDAR google')).toEqual([google]);
    expect(searchHistory([google, github], 'danger')).toEqual([github]);
    expect(searchHistory([google, github], 'calendar github')).toEqual([]);
  });

  it("lists one app's requests of one provider, newest first", () => {
    const later = { ...google, at: google.at + 1, scopes: ['openid', 'https://mail.google.com/'] };
    expect(appHistory([google, github, later], 'google', google.clientId)).toEqual([later, google]);
    expect(appHistory([google], 'github', google.clientId)).toEqual([]);
  });
});
