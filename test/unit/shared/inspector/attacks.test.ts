import { describe, expect, it } from 'vitest';
import { inspectChain, inspectUrl, type Inspection, type NavigationChain } from '../../../../shared/inspector/index.js';
import { CONSENT_FIX, DEVICE_CODE_PHISHING, OPEN_REDIRECT, REDIRECT_ABUSE } from '../../../fixtures/authorization-urls/attack-cases.js';

const codes = (i: Inspection | undefined) => i?.findings.map((f) => `${f.severity}:${f.code}`);
const T = 1_764_000_000_000;

describe('inspectChain: attacks the navigation reveals', () => {
  it('flags a device page opened from a chat lure as device-code phishing (Storm-2372)', () => {
    const inspection = inspectChain(DEVICE_CODE_PHISHING.chain, []);
    expect(inspection).toMatchObject({ kind: 'device', verdict: 'danger', provider: { id: 'microsoft' }, navigation: { start: 'link', at: T, openerHost: 'teams-meeting-invite.example.net' } });
    expect(inspection!.findings[0]).toEqual({
      code: 'device_code_phishing',
      severity: 'danger',
      message: "teams-meeting-invite.example.net sent you to Microsoft's device sign-in page. If you were given a code to enter here, stop: whoever sent it gets into your account, not a device of yours.",
    });
  });

  it('keeps a device page the user typed in at a plain caution', () => {
    const typed: NavigationChain = { start: 'typed', popup: false, steps: [{ event: 'before', url: 'https://github.com/login/device', at: T }] };
    expect([inspectChain(typed, [])?.verdict, codes(inspectChain(typed, []))]).toEqual(['caution', ['info:device_page']]);
  });

  it('flags ConsentFix: the Azure CLI opened by a web page, then a failed localhost load holding the code', () => {
    const inspection = inspectChain(CONSENT_FIX.chain, []);
    expect(inspection).toMatchObject({
      verdict: 'danger',
      knownApp: { name: 'Microsoft Azure CLI', firstParty: true, publicClient: true },
      redirect: { uri: 'http://localhost:3001', host: 'localhost', loopback: true },
      risk: 'admin',
    });
    expect(codes(inspection)).toEqual([
      'danger:consent_fix',
      'danger:loopback_code_exposed',
      'danger:scope_admin',
      'warning:scope_default',
      'warning:offline_access',
      'info:first_party_app',
    ]);
    expect(inspection!.findings[1]!.message).toBe(
      'The sign-in ended on a local address that nothing answered, and your authorization code is in that address. Do not copy, paste or drag it anywhere, and close the tab: whoever gets it can sign in as you.',
    );
  });

  it('does not call a sign-in the Azure CLI opened itself ConsentFix', () => {
    const own: NavigationChain = { ...CONSENT_FIX.chain, start: 'external', openerUrl: undefined, steps: CONSENT_FIX.chain.steps.slice(0, 2) };
    expect(codes(inspectChain(own, []))).toEqual(['danger:scope_admin', 'warning:scope_default', 'warning:offline_access', 'info:first_party_app']);
  });

  it('flags redirect abuse: prompt=none with a scope that does not exist, state carrying an email, an error landing on another host', () => {
    const inspection = inspectChain(REDIRECT_ABUSE.chain, []);
    expect(codes(inspection)).toEqual([
      'danger:error_redirect_foreign',
      'danger:prompt_none_unknown_scope',
      'warning:state_email',
      'warning:scope_unknown',
      'warning:pkce_missing',
    ]);
    expect(inspection!.findings.find((f) => f.code === 'state_email')!.message).toBe(
      "The state value carries an email address (base64-encoded); phishing links put the target's address there to fill in a fake sign-in page.",
    );
    expect(inspection!.findings[0]!.message).toBe(
      'Microsoft sent you on with an error to docs-share.surge.sh, a site unrelated to where you started: trusted sign-in pages are used this way to pass on phishing links.',
    );
  });

  it('flags a redirect_uri that passes on another URL and a code that reaches a third host', () => {
    const inspection = inspectChain(OPEN_REDIRECT.chain, []);
    expect(codes(inspection)).toEqual([
      'danger:code_to_third_host',
      'warning:redirect_uri_nested_url',
      'warning:scope_write',
      'warning:offline_access',
      'warning:pkce_missing',
    ]);
    expect(inspection!.findings[0]!.message).toBe(
      'Your authorization code or token went on to collector.example.net, which is not where the app said it would go: someone may be collecting it (an open redirect).',
    );
  });

  it('finds nothing in a clean chain that returns to the app', () => {
    const url = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email&state=s8f7&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';
    const chain: NavigationChain = {
      start: 'link',
      openerUrl: 'https://app.example.com/login',
      popup: false,
      steps: [{ event: 'before', url, at: T }, { event: 'committed', url: 'https://app.example.com/cb?code=abc&state=s8f7', at: T + 2000, serverRedirect: true }],
    };
    expect([inspectChain(chain, [])?.verdict, codes(inspectChain(chain, []))]).toEqual(['ok', []]);
  });

  it('returns nothing for a chain without a request', () => {
    expect(inspectChain({ start: 'typed', popup: false, steps: [{ event: 'before', url: 'https://example.com/', at: T }] }, [])).toBeUndefined();
  });
});

describe('inspectUrl: flow and redirect hygiene', () => {
  it.each([
    ['the implicit flow', 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=token&scope=openid&state=s', 'danger:implicit_flow'],
    ['the hybrid flow', 'https://appleid.apple.com/auth/authorize?client_id=com.example.web&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code%20id_token&scope=email&state=s&nonce=n', 'warning:implicit_flow'],
    ['no PKCE', 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEfGhIjKlMn&scope=read:user&state=s', 'warning:pkce_missing'],
    ['plain PKCE', 'https://twitter.com/i/oauth2/authorize?response_type=code&client_id=M1M5&redirect_uri=https://www.example.com&scope=tweet.read&state=state&code_challenge=challenge&code_challenge_method=plain', 'warning:pkce_plain'],
    ['no state', 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEfGhIjKlMn&scope=read:user', 'warning:state_missing'],
    ['an http redirect to a non-loopback host', 'https://discord.com/oauth2/authorize?response_type=code&client_id=1&scope=identify&redirect_uri=http%3A%2F%2Fbot.example.gg%2Fcb&state=s', 'danger:redirect_uri_http'],
  ])('flags %s', (_label, url, code) => {
    expect(codes(inspectUrl(url))).toContain(code);
  });
});

describe('inspectUrl: look-alike hosts of a provider\'s authorization endpoint', () => {
  const path = '/common/oauth2/v2.0/authorize?client_id=x&response_type=code&redirect_uri=https%3A%2F%2Fa.example%2Fcb&scope=openid&state=s';
  it.each([
    ['a provider domain inside another host', `https://login.microsoftonline.com.evil.example${path}`, 'danger', "This page is on login.microsoftonline.com.evil.example: Microsoft's name is only the start of another site's address. It is not Microsoft."],
    ['Cyrillic letters (punycode)', `https://login.xn--mcrosoftonline-59l.com${path}`, 'danger', 'This page is on login.mіcrosoftonline.com, which only looks like Microsoft: some letters are look-alikes. It is not Microsoft.'],
    ['rn for m', `https://login.rnicrosoftonline.com${path}`, 'danger', 'This page is on login.rnicrosoftonline.com, which only looks like Microsoft: some letters are look-alikes. It is not Microsoft.'],
    ['a brand under another domain', `https://microsoft-sso.evil.example${path}`, 'warning', "This page is on microsoft-sso.evil.example, which uses Microsoft's name but is not one of Microsoft's sites."],
    ["a provider's path on a plain foreign host", `https://login.evil.example${path}`, 'warning', "This page copies Microsoft's sign-in address on login.evil.example, which is not Microsoft's own site (it may be a self-hosted server)."],
  ])('flags %s', (_label, url, severity, message) => {
    const inspection = inspectUrl(url);
    expect(inspection?.provider.id).toBe('generic');
    expect(inspection?.findings[0]).toEqual({ code: 'lookalike_host', severity, message });
  });

  it('recognises a GitHub copy without response_type on a foreign host', () => {
    const inspection = inspectUrl('https://github.com.login-session.example/login/oauth/authorize?client_id=Ov23li&scope=repo');
    expect([inspection?.verdict, inspection?.findings[0]?.code]).toEqual(['danger', 'lookalike_host']);
  });
});
