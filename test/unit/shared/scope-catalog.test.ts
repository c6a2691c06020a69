import { describe, expect, it } from 'vitest';
import {
  ScopeCatalog,
  compareRisk,
  defaultCatalog,
  highestRisk,
  parseScopeCatalog,
  scopeCatalogSchema,
} from '../../../shared/scopes/index.js';

const scope = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: id,
  category: 'Test',
  description: `Lets the app use ${id}.`,
  risk: 'read',
  ...over,
});

describe('parseScopeCatalog', () => {
  it('accepts the default catalog', () => {
    expect(parseScopeCatalog(defaultCatalog).scopes).toHaveLength(defaultCatalog.scopes.length);
  });

  it('names the duplicate id and where it is', () => {
    const json = { version: 1, scopes: [scope('zone.read'), scope('dns.read'), scope('zone.read')] };
    expect(() => parseScopeCatalog(json)).toThrow('invalid scope catalog: scopes[2].id: duplicate scope id "zone.read"');
  });

  it('names the path of a bad risk tier', () => {
    const json = { version: 1, scopes: [scope('a'), scope('b'), scope('c'), scope('d', { risk: 'superuser' })] };
    expect(() => parseScopeCatalog(json)).toThrow(/^invalid scope catalog: scopes\[3\]\.risk: /);
  });

  it('names an unknown key, a bad id and a wrong version', () => {
    expect(() => parseScopeCatalog({ version: 1, scopes: [scope('a', { colour: 'red' })] })).toThrow(/scopes\[0\]: .*colour/);
    expect(() => parseScopeCatalog({ version: 1, scopes: [scope('r\u00e9ad')] })).toThrow(/scopes\[0\]\.id: must be an RFC 6749/);
    expect(() => parseScopeCatalog({ version: 2, scopes: [scope('a')] })).toThrow(/^invalid scope catalog: version: /);
  });

  it('says what is wrong when the file is not a catalog at all', () => {
    expect(() => parseScopeCatalog(null)).toThrow(/^invalid scope catalog: \(root\): /);
  });
});

describe('defaultCatalog', () => {
  const catalog = new ScopeCatalog(defaultCatalog);

  it('has at least 30 dotted resource scopes plus the protocol scopes', () => {
    expect(catalog.all().filter((s) => s.id.includes('.')).length).toBeGreaterThanOrEqual(30);
    for (const id of ['openid', 'profile', 'email', 'offline_access']) expect(catalog.get(id)?.protocol).toBe(true);
  });

  it('marks offline_access as lasting access until revoked', () => {
    expect(catalog.get('offline_access')).toMatchObject({ name: 'Offline access', lasting: true });
    expect(catalog.get('offline_access')?.description).toMatch(/until you revoke it/);
  });

  it('puts api-tokens.write and memberships.write in the admin tier', () => {
    expect(catalog.riskOf(['api-tokens.write'])).toBe('admin');
    expect(catalog.riskOf(['memberships.write'])).toBe('admin');
  });

  it('passes its own schema', () => {
    expect(scopeCatalogSchema.safeParse(defaultCatalog).success).toBe(true);
  });
});

describe('ScopeCatalog', () => {
  const catalog = new ScopeCatalog(defaultCatalog);

  it('looks scopes up by id', () => {
    expect(catalog.has('dns.write')).toBe(true);
    expect(catalog.has('dns.delete')).toBe(false);
    expect(catalog.get('dns.write')).toMatchObject({ category: 'DNS', risk: 'write' });
  });

  it('groups ids by category in catalog order, leaving unknown ids out', () => {
    const groups = catalog.byCategory(['dns.write', 'nope', 'openid', 'zone.read', 'dns.read']);
    expect(groups.map((g) => [g.category, g.scopes.map((s) => s.id)])).toEqual([
      ['Identity', ['openid']],
      ['Zone', ['zone.read']],
      ['DNS', ['dns.read', 'dns.write']],
    ]);
    expect(catalog.unknown(['dns.write', 'nope', 'nope'])).toEqual(['nope']);
  });

  it('reports the highest risk tier of known ids', () => {
    expect(catalog.riskOf(['openid', 'zone.read'])).toBe('read');
    expect(catalog.riskOf(['zone.read', 'dns.write', 'openid'])).toBe('write');
    expect(catalog.riskOf(['nope'])).toBeUndefined();
  });

  it('tells identity scopes apart', () => {
    expect(catalog.isIdentity('email')).toBe(true);
    expect(catalog.isIdentity('offline_access')).toBe(false);
    expect(catalog.isIdentity('zone.read')).toBe(false);
  });
});

describe('risk tiers', () => {
  it('order identity < read < write < admin', () => {
    expect(['admin', 'identity', 'write', 'read'].sort((a, b) => compareRisk(a as never, b as never))).toEqual([
      'identity', 'read', 'write', 'admin',
    ]);
    expect(highestRisk([])).toBeUndefined();
    expect(highestRisk(['read', 'identity'])).toBe('read');
  });
});
