import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/inspector/index.js';
import { appHistory } from '../../../extension/history/app-history.js';
import { exportHistory } from '../../../extension/history/export-history.js';

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
const github: HistoryEntry = { provider: 'github', clientId: '=HYPERLINK("https://evil.test"),1', scopes: ['repo'], lasting: true, verdict: 'danger', risk: 'write', at: Date.UTC(2026, 10, 2), start: 'opened' };

describe('exportHistory', () => {
  it('makes a JSON file of the entries, stamped with the export time', () => {
    const file = exportHistory([google], 'json', Date.UTC(2026, 11, 1));
    expect(file.mimeType).toBe('application/json');
    expect(file.fileName).toBe('consentry-history.json');
    expect(JSON.parse(file.text)).toEqual({
      format: 'consentry-history',
      version: 1,
      exported: '2026-12-01T00:00:00.000Z',
      entries: [{ ...google, time: '2026-11-01T12:00:00.000Z' }],
    });
  });

  it('makes an RFC 4180 CSV file with spreadsheet formulas neutralised', () => {
    const file = exportHistory([google, github], 'csv', 0);
    expect(file.mimeType).toBe('text/csv');
    expect(file.fileName).toBe('consentry-history.csv');
    expect(file.text).toBe(
      'time,provider,client_id,redirect_host,scopes,lasting,verdict,risk,start\r\n' +
        '2026-11-01T12:00:00.000Z,google,123-abc.apps.googleusercontent.com,app.example.test,openid https://www.googleapis.com/auth/calendar.readonly,true,caution,read,link\r\n' +
        `2026-11-02T00:00:00.000Z,github,"'=HYPERLINK(""https://evil.test""),1",,repo,true,danger,write,opened\r\n`,
    );
  });
});

describe('appHistory', () => {
  it("lists one app's requests of one provider, newest first, leaving out the one at `except`", () => {
    const later = { ...google, at: google.at + 1, scopes: ['openid', 'https://mail.google.com/'] };
    expect(appHistory([google, github, later], 'google', google.clientId)).toEqual([later, google]);
    expect(appHistory([google, github, later], 'google', google.clientId, later.at)).toEqual([google]);
    expect(appHistory([google], 'github', google.clientId)).toEqual([]);
  });
});
