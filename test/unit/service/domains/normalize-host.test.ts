import { describe, expect, it } from 'vitest';
import { HostRejected } from '../../../../service/domains/host-rejected.js';
import { normalizeHost } from '../../../../service/domains/normalize-host.js';
import { isPublicSuffix, verifiableHost } from '../../../../service/domains/verifiable-host.js';

function rejection(fn: () => unknown): { reason: string; field: string | undefined; status: number } {
  try {
    fn();
  } catch (e) {
    if (e instanceof HostRejected) return { reason: e.reason, field: e.field, status: e.status };
    throw e;
  }
  throw new Error('not rejected');
}

describe('normalizeHost', () => {
  it.each([
    ['ExAmple.COM.', 'example.com'],
    ['app.example.com', 'app.example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['BÜCHER.example.', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['  app.example.com ', 'app.example.com'],
  ])('D8: %s becomes %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['127.0.0.1', 'ip_literal'],
    ['[::1]', 'ip_literal'],
    ['::1', 'ip_literal'],
    ['0x7f.1', 'ip_literal'],
    ['example.com:443', 'port'],
    ['a..example.com', 'empty_label'],
    ['.example.com', 'empty_label'],
    ['example.com..', 'empty_label'],
    ['ex%41.com', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['user@example.com', 'invalid'],
    [`${'a'.repeat(64)}.example.com`, 'invalid'],
  ])('refuses %j (%s) as a 400 about client_uri', (input, reason) => {
    expect(rejection(() => normalizeHost(input))).toEqual({ reason, field: 'client_uri', status: 400 });
  });
});

describe('verifiableHost', () => {
  it.each(['co.uk', 'com', 'github.io', 'vercel.app', 'GitHub.IO.', 'localhost'])('D9: refuses the public suffix %s', (host) => {
    expect(rejection(() => verifiableHost(host))).toEqual({ reason: 'public_suffix', field: 'client_uri', status: 400 });
  });

  it.each([
    ['example.co.uk', 'example.co.uk'],
    ['foo.github.io', 'foo.github.io'],
    ['app.foo.github.io', 'app.foo.github.io'],
    ['Shop.Example.COM.', 'shop.example.com'],
  ])('D9: allows %s, a name registered under a suffix', (input, host) => {
    expect(verifiableHost(input)).toBe(host);
    expect(isPublicSuffix(host)).toBe(false);
  });
});
