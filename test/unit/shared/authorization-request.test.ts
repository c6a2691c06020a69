import { describe, expect, it } from 'vitest';
import { analyzeAuthorizationRequest, parseAuthorizationRequest, type AuthorizationRequest } from '../../../shared/oauth/index.js';
import { ScopeCatalog, defaultCatalog } from '../../../shared/scopes/index.js';

const C = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const catalog = new ScopeCatalog(defaultCatalog);

function parse(url: string): AuthorizationRequest {
  const req = parseAuthorizationRequest(url);
  if (!req) throw new Error(`not recognised: ${url}`);
  return req;
}
const codes = (url: string, context?: Parameters<typeof analyzeAuthorizationRequest>[1]) =>
  analyzeAuthorizationRequest(parse(url), context).findings.map((f) => `${f.severity}:${f.code}`);

describe('parseAuthorizationRequest', () => {
  it('reads a Google request', () => {
    const url =
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&access_type=offline&state=s1&code_challenge=' +
      C + '&code_challenge_method=S256&prompt=consent';
    const req = parse(url);
    expect(req).toMatchObject({ url, origin: 'https://accounts.google.com', path: '/o/oauth2/v2/auth', duplicates: [] });
    expect(req.params).toMatchObject({
      response_type: 'code',
      client_id: '123.apps.googleusercontent.com',
      redirect_uri: 'https://app.example.com/cb',
      scope: ['openid', 'email', 'https://www.googleapis.com/auth/drive.readonly'],
      state: 's1',
      code_challenge: C,
      code_challenge_method: 'S256',
      access_type: 'offline',
      prompt: 'consent',
      nonce: undefined,
    });
  });

  it('recognises a GitHub request without response_type by its path', () => {
    const req = parse('https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=repo+read:org&state=xyz');
    expect(req.params.response_type).toBeUndefined();
    expect(req.params.scope).toEqual(['repo', 'read:org']);
  });

  it('treats empty values as absent and keeps other parameters apart (N3)', () => {
    const req = parse('https://as.test/authorize?response_type=code&client_id=cA&state=&foo=bar');
    expect(req.params.state).toBeUndefined();
    expect(req.params.other).toEqual({ foo: 'bar' });
  });

  it('lists repeated parameters once each and keeps the first value (N1)', () => {
    const req = parse('https://as.test/authorize?response_type=code&client_id=cA&client_id=cB&scope=a&scope=b&scope=c');
    expect(req.duplicates).toEqual(['client_id', 'scope']);
    expect(req.params.client_id).toBe('cA');
  });

  it('is not fooled by prototype parameter names', () => {
    const req = parse('https://as.test/authorize?response_type=code&client_id=cA&__proto__=x&constructor=y');
    expect(Object.entries(req.params.other)).toEqual([['__proto__', 'x'], ['constructor', 'y']]);
    expect(Object.getPrototypeOf(req.params.other)).toBeNull();
  });

  it.each([
    ['an ordinary page', 'https://example.com/search?q=oauth&client=firefox'],
    ['a known path without client_id', 'https://github.com/login/oauth/authorize'],
    ['client_id on an unknown path without response_type', 'https://example.com/settings?client_id=abc'],
    ['a non-http scheme', 'javascript:alert(1)?response_type=code&client_id=a'],
    ['a malformed URL', 'not a url'],
    ['a URL without a query', 'https://accounts.google.com/o/oauth2/v2/auth'],
  ])('returns undefined for %s', (_label, url) => {
    expect(parseAuthorizationRequest(url)).toBeUndefined();
  });
});

describe('analyzeAuthorizationRequest', () => {
  it('flags a Google request for offline access only', () => {
    const url = `https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email&access_type=offline&state=s&code_challenge=${C}&code_challenge_method=S256`;
    const result = analyzeAuthorizationRequest(parse(url));
    expect(result).toEqual({
      findings: [{ code: 'offline_access', severity: 'warning', field: 'access_type', message: 'The app asks to keep access even when you are not using it, until you revoke it.' }],
      risk: 'unknown',
    });
  });

  it('flags a GitHub request without PKCE', () => {
    expect(codes('https://github.com/login/oauth/authorize?client_id=Iv1.abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=repo&state=xyz'))
      .toEqual(['warning:pkce_missing']);
  });

  it('flags a Microsoft implicit-flow request with a plain-http redirect and no state', () => {
    const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=id_token%20token&redirect_uri=http%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20offline_access%20User.Read&response_mode=fragment&nonce=678910';
    expect(codes(url)).toEqual(['danger:redirect_uri_http', 'danger:implicit_flow', 'warning:offline_access', 'warning:state_missing']);
  });

  it('judges a Cloudflare request against the catalog and the registered client', () => {
    const url = `https://dash.cloudflare.com/oauth2/auth?response_type=code&client_id=c1&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20zone.read%20dns.write%20offline_access&state=s&code_challenge=${C}&code_challenge_method=S256`;
    const client = {
      redirect_uris: ['https://app.example.com/cb'],
      scopes: ['openid', 'zone.read', 'dns.write'],
      optional_scopes: ['offline_access'],
      token_endpoint_auth_method: 'client_secret_basic' as const,
    };
    expect(analyzeAuthorizationRequest(parse(url), { catalog, client })).toEqual({
      findings: [
        { code: 'scope_write', severity: 'warning', field: 'scope', message: 'The app can change things for you: Edit DNS records.' },
        { code: 'offline_access', severity: 'warning', field: 'scope', message: 'The app asks to keep access even when you are not using it, until you revoke it.' },
      ],
      risk: 'write',
    });
  });

  it('flags admin, unknown and unregistered scopes and an unregistered redirect URI', () => {
    const url = 'https://dash.cloudflare.com/oauth2/auth?response_type=code&client_id=c1&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%2F&scope=api-tokens.write%20zone.purge&state=s&code_challenge=' + C + '&code_challenge_method=S256';
    const client = { redirect_uris: ['https://app.example.com/cb'], scopes: ['zone.read'], optional_scopes: [], token_endpoint_auth_method: 'none' as const };
    const result = analyzeAuthorizationRequest(parse(url), { catalog, client });
    expect(result.findings.map((f) => f.code)).toEqual(['redirect_uri_unregistered', 'scope_not_registered', 'scope_admin', 'scope_unknown']);
    expect(result.findings.find((f) => f.code === 'scope_unknown')?.message).toContain('zone.purge');
    expect(result.risk).toBe('unknown');
    expect(analyzeAuthorizationRequest(parse(url.replace('%20zone.purge', '')), { catalog }).risk).toBe('admin');
  });

  it('flags an unknown client, missing PKCE for a public client and duplicates', () => {
    expect(codes('https://dash.cloudflare.com/oauth2/auth?response_type=code&client_id=nope&client_id=c1&state=s', { client: null }))
      .toEqual(['danger:unknown_client', 'danger:duplicate_parameter', 'warning:pkce_missing', 'info:redirect_uri_missing']);
    const pub = { redirect_uris: ['https://a.example/1', 'https://a.example/2'], scopes: [], optional_scopes: [], token_endpoint_auth_method: 'none' as const };
    expect(codes('https://as.test/authorize?response_type=code&client_id=cP&state=s', { client: pub }))
      .toEqual(['danger:pkce_missing', 'danger:redirect_uri_missing']);
  });

  it.each([
    ['plain', `code_challenge=${C}&code_challenge_method=plain`, ['warning:pkce_plain']],
    ['an omitted method (RFC 7636 default plain)', `code_challenge=${C}`, ['warning:pkce_plain']],
    ['a 42-character challenge', `code_challenge=${C.slice(1)}&code_challenge_method=S256`, ['danger:pkce_malformed']],
    ['an unknown method', `code_challenge=${C}&code_challenge_method=S512`, ['danger:pkce_malformed']],
  ])('flags PKCE with %s', (_label, pkce, expected) => {
    expect(codes(`https://as.test/authorize?response_type=code&client_id=cA&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s&${pkce}`)).toEqual(expected);
  });

  it('accepts http redirects to loopback for native apps without a finding', () => {
    expect(codes(`https://as.test/authorize?response_type=code&client_id=cN&redirect_uri=http%3A%2F%2F127.0.0.1%3A51004%2Fcb&state=s&code_challenge=${C}&code_challenge_method=S256`))
      .toEqual([]);
  });
});
