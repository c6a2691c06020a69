import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Inspection } from '../../../shared/inspector/inspection.js';
import { DeveloperView } from '../../../extension/components/developer-view.js';
import { HistoryPage } from '../../../extension/components/history-page.js';
import { Panel } from '../../../extension/components/panel.js';
import { Popup } from '../../../extension/components/popup.js';
import { requestChecks } from '../../../extension/inspection/request-checks.js';
import type { TabView } from '../../../extension/messaging/protocol.js';

const inspection: Inspection = {
  kind: 'authorization',
  provider: { id: 'google', name: 'Google', reviewUrl: 'https://myaccount.google.com/connections' },
  clientId: '123-abc.apps.googleusercontent.com',
  redirect: { uri: 'https://app.example.test/cb', host: 'app.example.test', loopback: false },
  scopes: [
    { requested: 'openid', known: { id: 'openid', name: 'Sign you in', category: 'Identity', description: 'Confirms who you are.', risk: 'identity' } },
    {
      requested: 'https://www.googleapis.com/auth/gmail.send',
      known: { id: 'https://www.googleapis.com/auth/gmail.send', name: 'Send email as you', category: 'Gmail', description: 'Sends email on your behalf.', risk: 'write', sensitivity: 'sensitive' },
    },
    { requested: 'made.up' },
  ],
  lasting: { asked: true, how: 'access_type=offline (a refresh token)' },
  risk: 'write',
  verdict: 'caution',
  findings: [
    { code: 'scope_escalation', severity: 'warning', message: 'This app asked you for Calendar before; now it adds Gmail send.' },
    { code: 'pkce_missing', severity: 'warning', message: 'The request does not use PKCE.', field: 'code_challenge' },
  ],
  parameters: [
    { name: 'client_id', value: '123-abc.apps.googleusercontent.com', meaning: 'The app asking.' },
    { name: 'redirect_uri', value: 'https://app.example.test/cb', meaning: 'Where the answer goes.' },
    { name: 'state', value: 'opaque-state-value', meaning: 'Ties the answer to the app’s request.' },
  ],
  url: 'https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&state=opaque-state-value',
};
const earlier: HistoryEntry = { provider: 'google', clientId: inspection.clientId!, scopes: ['openid', 'https://www.googleapis.com/auth/calendar.readonly'], lasting: false, verdict: 'ok', risk: 'read', at: Date.UTC(2026, 9, 1), start: 'link' };
const view: TabView = { inspection, appHistory: [earlier], panelEnabled: false, chain: { start: 'opened', openerHost: 'mail.example.test', popup: false, steps: [{ event: 'before', location: 'https://accounts.google.com/o/oauth2/v2/auth', at: 1 }] } };
const links = { developer: 'chrome-extension://x/developer.html?tab=1', history: 'chrome-extension://x/history.html', options: 'chrome-extension://x/options.html' };

/** The visible text of rendered markup, whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('Popup', () => {
  it('shows provider, app, redirect, lasting access, findings, grouped scopes with tiers and the app history', () => {
    const html = render(<Popup view={view} links={links} onEnablePanel={() => {}} />);
    expect(html).toContain('data-verdict="caution"');
    const shown = text(html);
    for (const part of [
      'Authorization request',
      'Be careful',
      'This app asked you for Calendar before; now it adds Gmail send.',
      'Provider Google',
      'App Not a known app 123-abc.apps.googleusercontent.com',
      'Answer goes to app.example.test',
      'Lasting access Yes: access_type=offline (a refresh token)',
      'Identity Sign you in Identity Confirms who you are.',
      'Gmail Send email as you Write Sensitive Sends email on your behalf.',
      'Not in the catalog made.up Unknown',
      'openid, https://www.googleapis.com/auth/calendar.readonly (ok)',
      "Also show this on Google's pages",
      'Review the apps you allowed at Google',
    ]) {
      expect(shown).toContain(part);
    }
    expect(html).not.toContain('opaque-state-value');
  });

  it('says so when the tab has shown no request', () => {
    expect(text(render(<Popup view={{ appHistory: [], panelEnabled: false }} links={links} />))).toContain('This tab is not showing an OAuth authorization request.');
  });
});

describe('Panel', () => {
  it('renders the answer as a labelled, dismissible region without the parameters', () => {
    const { parameters: _, url: _url, ...shown } = inspection;
    const html = render(<Panel inspection={shown} onDismiss={() => {}} />);
    expect(html).toContain('role="complementary"');
    expect(html).toContain('aria-label="Dismiss the Consentry panel"');
    expect(text(html)).toContain('Shown by the Consentry extension, not by this page.');
  });
});

describe('DeveloperView', () => {
  it('lists every parameter decoded with its meaning and the PKCE and redirect checks', () => {
    const html = render(<DeveloperView view={view} checks={requestChecks(inspection)} onCopy={() => {}} />);
    const shown = text(html);
    expect(shown).toContain('state opaque-state-value Ties the answer to the app’s request.');
    expect(shown).toContain('PKCE (RFC 7636): 1 finding code_challenge=(absent) code_challenge_method=(absent)');
    expect(shown).toContain('Redirect (RFC 9700 §4.1): passed redirect_uri=https://app.example.test/cb');
    expect(shown).toContain('Started by: opened from mail.example.test');
    expect(html).toContain('aria-label="Copy state"');
  });
});

describe('HistoryPage', () => {
  it('shows the entries with search, export and a guarded delete-all', () => {
    const html = render(<HistoryPage list={{ entries: [earlier], total: 3, limit: 1000 }} query="calendar" onQuery={() => {}} onExport={() => {}} onClear={() => {}} />);
    const shown = text(html);
    expect(shown).toContain('1 of 3 entries');
    expect(shown).toContain('Export JSON Export CSV Delete all…');
    expect(html).toContain('value="calendar"');
    expect(html).toContain('data-provider="google"');
  });
});
