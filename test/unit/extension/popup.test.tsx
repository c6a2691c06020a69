import { render } from 'preact-render-to-string';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { activeTabUrl } from '../../../extension/analysis/active-tab-url.js';
import { analyzeTabUrl } from '../../../extension/analysis/analyze-tab-url.js';
import { Popup } from '../../../extension/components/popup.js';

const risky =
  'https://auth.example.test/oauth2/auth?response_type=code&client_id=app1' +
  '&redirect_uri=http%3A%2F%2Fapp.example.test%2Fcb&scope=zone.read%20offline_access';

describe('activeTabUrl', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns undefined while no tab is active', async () => {
    await fakeBrowser.tabs.create({ url: risky });
    expect(await activeTabUrl()).toBeUndefined();
  });
  // The URL of a real active tab is checked in Chromium by test/e2e/extension-loads.e2e.test.ts
  // (fakeBrowser cannot mark a created tab active).
});

describe('analyzeTabUrl', () => {
  it('reports a page that is not an authorization request', () => {
    expect(analyzeTabUrl('https://example.test/?q=1')).toEqual({ kind: 'not-a-request' });
    expect(analyzeTabUrl(undefined)).toEqual({ kind: 'not-a-request' });
  });

  it('lists what the URL alone reveals, most severe first, with unknown risk', () => {
    const result = analyzeTabUrl(risky);
    if (result.kind !== 'request') throw new Error('expected a request');
    expect(result.request.params.client_id).toBe('app1');
    expect(result.analysis.risk).toBe('unknown');
    expect(result.analysis.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['pkce_missing', 'state_missing', 'redirect_uri_http', 'offline_access']),
    );
    const order = { danger: 0, warning: 1, info: 2 };
    const severities = result.analysis.findings.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});

describe('Popup', () => {
  it('shows the provider, app, scopes and each finding with its severity', () => {
    const result = analyzeTabUrl(risky);
    const html = render(<Popup result={result} />);
    expect(html).toContain('<dd>https://auth.example.test</dd>');
    expect(html).toContain('<dd>app1</dd>');
    expect(html).toContain('<dd>zone.read offline_access</dd>');
    if (result.kind !== 'request') throw new Error('expected a request');
    for (const f of result.analysis.findings) {
      expect(html).toContain(`class="finding finding-${f.severity}" data-code="${f.code}"`);
    }
  });

  it('escapes attacker-chosen parameters instead of rendering them as markup', () => {
    const html = render(
      <Popup result={analyzeTabUrl('https://auth.example.test/authorize?client_id=%3Cimg%20src%3Dx%3E')} />,
    );
    expect(html).toContain('&lt;img src=x>');
    expect(html).not.toContain('<img');
  });
});
