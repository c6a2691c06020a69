import { describe, expect, it } from 'vitest';
import { InvalidRedirectUri } from '../../../shared/errors/index.js';
import { matchRedirectUri, validateRedirectUri } from '../../../shared/oauth/index.js';

const web = { publicClient: false };
const native = { publicClient: true };

function rejection(uri: string, opts = web): string {
  try {
    validateRedirectUri(uri, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidRedirectUri);
    expect((err as InvalidRedirectUri).field).toBe('redirect_uris');
    return (err as InvalidRedirectUri).description;
  }
  throw new Error(`${uri} was accepted`);
}

describe('validateRedirectUri (registration)', () => {
  it('accepts an https URI and returns it unchanged', () => {
    expect(validateRedirectUri('https://app.example.com/cb?tenant=1', web)).toBe('https://app.example.com/cb?tenant=1');
  });

  it('lower-cases scheme and host only, keeping path case and an explicit default port (R3, R4)', () => {
    expect(validateRedirectUri('HTTPS://APP.Example.COM:443/CB', web)).toBe('https://app.example.com:443/CB');
  });

  it('rejects userinfo in either position (R5)', () => {
    expect(rejection('https://app.example.com@evil.example/cb')).toBe('redirect URI must not contain userinfo');
    expect(rejection('https://evil.example@app.example.com/cb')).toBe('redirect URI must not contain userinfo');
    expect(rejection('https://user:pw@app.example.com/cb')).toBe('redirect URI must not contain userinfo');
  });

  it('rejects a fragment, even an empty one (R6)', () => {
    expect(rejection('https://app.example.com/cb#x')).toBe('redirect URI must not contain a fragment');
    expect(rejection('https://app.example.com/cb#')).toBe('redirect URI must not contain a fragment');
  });

  it('rejects http off loopback for every client type (R10)', () => {
    const message = 'redirect URI must use https (http is allowed only on 127.0.0.1, [::1] or localhost)';
    expect(rejection('http://app.example.com/cb', web)).toBe(message);
    expect(rejection('http://app.example.com/cb', native)).toBe(message);
  });

  it('accepts http on loopback only for public (native) clients (RFC 8252 §7.3)', () => {
    expect(validateRedirectUri('http://127.0.0.1/cb', native)).toBe('http://127.0.0.1/cb');
    expect(validateRedirectUri('http://[::1]:8080/cb', native)).toBe('http://[::1]:8080/cb');
    expect(validateRedirectUri('http://LOCALHOST/cb', native)).toBe('http://localhost/cb');
    expect(rejection('http://127.0.0.1/cb', web)).toBe(
      'redirect URI with http on a loopback host is only allowed for public (native) clients',
    );
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['file:///etc/passwd', 'file'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['blob:https://app.example.com/1234', 'blob'],
  ])('rejects the dangerous scheme of %s (R13)', (uri, scheme) => {
    expect(rejection(uri, native)).toBe(`redirect URI must not use the ${scheme} scheme`);
  });

  it('rejects a private-use scheme without a period (R13, OAuth 2.1 §2.3.1)', () => {
    expect(rejection('myapp:/cb', native)).toBe(
      'redirect URI scheme myapp is not allowed; private-use schemes must contain a period',
    );
  });

  it('accepts a private-use scheme with a period for public clients only', () => {
    expect(validateRedirectUri('Com.Example.App:/oauth/cb', native)).toBe('com.example.app:/oauth/cb');
    expect(rejection('com.example.app:/cb', web)).toBe(
      'redirect URI with a private-use scheme is only allowed for public (native) clients',
    );
  });

  it.each([
    ['a wildcard', 'https://*.example.com/cb', 'redirect URI must not contain a wildcard'],
    ['a wildcard in the path', 'https://app.example.com/cb/*', 'redirect URI must not contain a wildcard'],
    ['a relative reference', '/cb', 'redirect URI must be an absolute URI'],
    ['a space', 'https://app.example.com/c b', 'redirect URI contains whitespace, a control or a non-ASCII character'],
    ['a newline', 'https://app.example.com/cb\n', 'redirect URI contains whitespace, a control or a non-ASCII character'],
    ['a non-ASCII host', 'https://\u0430pp.example.com/cb', 'redirect URI contains whitespace, a control or a non-ASCII character'],
    ['a backslash', 'https://app.example.com\\@evil.example/cb', 'redirect URI must not contain a backslash'],
    ['a non-canonical IPv4 host', 'https://0x7f.0.0.1/cb', 'redirect URI host is not in canonical form'],
    ['dot segments', 'https://app.example.com/a/../cb', 'redirect URI path is not in canonical form (dot segments or unencoded characters)'],
    ['no host', 'https:///cb', 'redirect URI must have a host'],
  ])('rejects %s', (_label, uri, message) => {
    expect(rejection(uri)).toBe(message);
  });

  it('rejects URIs over 2000 characters', () => {
    expect(rejection(`https://app.example.com/${'a'.repeat(2000)}`)).toBe('redirect URI is longer than 2000 characters');
  });
});

describe('matchRedirectUri (authorization request)', () => {
  const registered = ['https://app.example.com/cb', 'https://app.example.com/t?tenant=1'];
  const match = (uri: string) => matchRedirectUri(registered, uri, { nativeLoopback: false });

  it('returns the requested URI when it equals a registered one', () => {
    expect(match('https://app.example.com/cb')).toBe('https://app.example.com/cb');
  });

  it.each([
    ['an unregistered path (R1)', 'https://app.example.com/cb/rand0m'],
    ['a trailing slash (R2)', 'https://app.example.com/cb/'],
    ['an upper-case host (R3)', 'https://APP.example.com/cb'],
    ['an upper-case path (R3)', 'https://app.example.com/CB'],
    ['the explicit default port (R4)', 'https://app.example.com:443/cb'],
    ['another port (R4)', 'https://app.example.com:8443/cb'],
    ['userinfo before the host (R5)', 'https://app.example.com@evil.example/cb'],
    ['userinfo before the registered host (R5)', 'https://evil.example@app.example.com/cb'],
    ['an encoded fragment (R6)', 'https://app.example.com/cb%23x'],
    ['a fragment (R6)', 'https://app.example.com/cb#x'],
    ['an added query (R8)', 'https://app.example.com/cb?x=1'],
    ['a changed query (R8)', 'https://app.example.com/t?tenant=2'],
    ['a suffix domain (R9)', 'https://app.example.com.evil.example/cb'],
    ['a subdomain (R9)', 'https://evil.app.example.com/cb'],
    ['an http downgrade (R10)', 'http://app.example.com/cb'],
  ])('rejects %s', (_label, uri) => {
    expect(match(uri)).toBeUndefined();
  });

  it('keeps the registered query when it matches exactly (R8)', () => {
    expect(match('https://app.example.com/t?tenant=1')).toBe('https://app.example.com/t?tenant=1');
  });

  describe('native client registered with http://127.0.0.1/cb (R12)', () => {
    const nativeRegistered = ['http://127.0.0.1/cb'];
    const nativeMatch = (uri: string, nativeLoopback = true) => matchRedirectUri(nativeRegistered, uri, { nativeLoopback });

    it('accepts any port on the registered loopback IP (RFC 8252 §7.3)', () => {
      expect(nativeMatch('http://127.0.0.1:51004/cb')).toBe('http://127.0.0.1:51004/cb');
      expect(nativeMatch('http://127.0.0.1/cb')).toBe('http://127.0.0.1/cb');
    });

    it('still compares path, query and host exactly', () => {
      expect(nativeMatch('http://127.0.0.1:51004/other')).toBeUndefined();
      expect(nativeMatch('http://127.0.0.1:51004/cb?x=1')).toBeUndefined();
      expect(nativeMatch('http://127.0.0.2:51004/cb')).toBeUndefined();
      expect(nativeMatch('https://127.0.0.1:51004/cb')).toBeUndefined();
    });

    it('does not let localhost or [::1] stand in for 127.0.0.1', () => {
      expect(nativeMatch('http://localhost:51004/cb')).toBeUndefined();
      expect(nativeMatch('http://[::1]:61023/cb')).toBeUndefined();
    });

    it('ignores the port only for native clients', () => {
      expect(nativeMatch('http://127.0.0.1:51004/cb', false)).toBeUndefined();
    });

    it('accepts [::1] and localhost on any port when registered with that host', () => {
      const both = ['http://[::1]/cb', 'http://localhost/cb'];
      expect(matchRedirectUri(both, 'http://[::1]:61023/cb', { nativeLoopback: true })).toBe('http://[::1]:61023/cb');
      expect(matchRedirectUri(both, 'http://localhost:51004/cb', { nativeLoopback: true })).toBe('http://localhost:51004/cb');
    });

    it('ignores the port of the registered URI too', () => {
      expect(matchRedirectUri(['http://127.0.0.1:8080/cb'], 'http://127.0.0.1:9090/cb', { nativeLoopback: true })).toBe(
        'http://127.0.0.1:9090/cb',
      );
    });
  });
});
