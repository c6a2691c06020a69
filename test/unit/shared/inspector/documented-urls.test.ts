import { describe, expect, it } from 'vitest';
import { detect, inspectUrl } from '../../../../shared/inspector/index.js';
import { DOCUMENTED_URLS, NOT_AUTHORIZATION_URLS } from '../../../fixtures/authorization-urls/provider-documentation.js';

describe('inspectUrl on the providers\' documented requests', () => {
  it.each(DOCUMENTED_URLS.map((d) => [`${d.provider} ${d.kind}: ${d.source}`, d] as const))('recognises %s', (_label, doc) => {
    expect(detect(doc.url)).toEqual({ kind: doc.kind, provider: doc.provider });
    const inspection = inspectUrl(doc.url);
    expect(inspection).toMatchObject({ kind: doc.kind, provider: { id: doc.provider }, url: doc.url });
    if (doc.expected.scopes) expect(inspection!.scopes.map((s) => s.known?.id ?? null)).toEqual(doc.expected.scopes);
    if (doc.expected.lasting !== undefined) expect(inspection!.lasting.asked).toBe(doc.expected.lasting);
    if (doc.expected.tenant) expect(inspection!.provider.tenant).toBe(doc.expected.tenant);
    expect(inspection!.findings.some((f) => f.code === 'lookalike_host')).toBe(false);
  });

  it.each(NOT_AUTHORIZATION_URLS.map((n) => [n.label, n.url] as const))('stays silent on %s', (_label, url) => {
    expect([detect(url), inspectUrl(url)]).toEqual([undefined, undefined]);
  });
});
