import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../../service/config/config.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README configuration table', () => {
  it('documents every configuration key the service reads, and no other', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });
});

describe('loadConfig', () => {
  it('applies defaults and derives the issuer from HOST and PORT', () => {
    const c = loadConfig({});
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(8080);
    expect(c.PUBLIC_URL).toBe('http://127.0.0.1:8080');
    expect(c.DATABASE_URL).toBe('sqlite:./data/consentry.db');
  });

  it('stops with one line naming the bad key', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^invalid configuration: PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      'invalid configuration: DATABASE_URL: must start with sqlite: or postgres://',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/^invalid configuration: PUBLIC_URL: /);
    expect(() => loadConfig({ CODE_TTL_SECONDS: '600' })).toThrow(/^invalid configuration: CODE_TTL_SECONDS: /);
  });

  it('strips a trailing slash from PUBLIC_URL so the issuer is byte-stable', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://auth.example.com/' }).PUBLIC_URL).toBe('https://auth.example.com');
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });
});
