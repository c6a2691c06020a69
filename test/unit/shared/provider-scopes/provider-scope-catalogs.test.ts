import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type ProviderScopeCatalog,
  providerScopeCatalogSchema,
  providerScopeCatalogs,
} from '../../../../shared/provider-scopes/index.js';
import { ScopeCatalog } from '../../../../shared/scopes/index.js';

const catalogs: [string, ProviderScopeCatalog][] = Object.entries(providerScopeCatalogs);
const scopeOf = (catalog: ProviderScopeCatalog, id: string) => catalog.scopes.find((s) => s.id === id);

describe('every provider scope catalog', () => {
  it.each(catalogs)('%s is valid by the schema and keyed by its own id', (key, catalog) => {
    expect(providerScopeCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog.catalog).toBe(key);
  });

  it.each(catalogs)('%s spells each scope once, counting aliases', (_key, catalog) => {
    const spellings = catalog.scopes.flatMap((s) => [s.id, ...(s.aliases ?? [])]);
    const repeated = spellings.filter((id, i) => spellings.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(catalogs)('%s describes each scope in one sentence of at most 160 characters', (_key, catalog) => {
    const tooLong = catalog.scopes.filter((s) => s.description.length > 160).map((s) => s.id);
    const notOneSentence = catalog.scopes.filter((s) => !/^[A-Z][^]*[.]$/.test(s.description) || /[.!?] [A-Z]/.test(s.description)).map((s) => s.id);
    expect({ tooLong, notOneSentence }).toEqual({ tooLong: [], notOneSentence: [] });
  });

  it.each(catalogs)('%s cites https pages read on a real date', (_key, catalog) => {
    for (const source of catalog.sources) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(Number.isNaN(Date.parse(source.retrieved))).toBe(false);
    }
  });

  it.each(catalogs)('%s puts lasting access in the write tier, as Consentry\'s own catalog does', (_key, catalog) => {
    const lasting = catalog.scopes.filter((s) => s.lasting);
    expect(lasting.map((s) => s.risk)).toEqual(lasting.map(() => 'write'));
  });

  it('keeps all catalog source under 200 KB, so the extension zip stays small', () => {
    const dir = fileURLToPath(new URL('../../../../shared/provider-scopes/', import.meta.url));
    const bytes = readdirSync(dir).reduce((sum, file) => sum + statSync(dir + file).size, 0);
    expect(bytes).toBeLessThan(200 * 1024);
  });
});

describe('github', () => {
  const github = providerScopeCatalogs.github;

  it('puts delete_repo, admin:org and SSH key management in the admin tier', () => {
    const catalog = new ScopeCatalog(github);
    for (const id of ['delete_repo', 'admin:org', 'write:org', 'admin:public_key', 'admin:org_hook']) expect(catalog.riskOf([id])).toBe('admin');
  });

  it('treats repo and workflow as write, and the profile scopes as identity', () => {
    expect([scopeOf(github, 'repo')?.risk, scopeOf(github, 'workflow')?.risk]).toEqual(['write', 'write']);
    expect([scopeOf(github, 'read:user')?.risk, scopeOf(github, 'user:email')?.risk]).toEqual(['identity', 'identity']);
  });

  it('grants read-only public information when no scope is asked', () => {
    expect(github.noScope.risk).toBe('identity');
    expect(github.noScope.description).toMatch(/public/);
  });
});
