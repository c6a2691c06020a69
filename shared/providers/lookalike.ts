/// <reference path="./punycode-module.d.ts" />
import { toUnicode } from 'punycode/punycode.es6.js';
import unhomoglyph from 'unhomoglyph';
import { providerOfAuthorizationPath, registrableDomain } from './match-provider.js';
import type { ProviderDefinition } from './provider-definition.js';
import { PROVIDERS } from './providers.js';

/** How a host imitates a provider. */
export type LookalikeKind = 'confusable-domain' | 'domain-inside-host' | 'brand-in-host' | 'mixed-script' | 'provider-path';

/** A host that is not the provider's, dressed up as it. */
export interface Lookalike {
  readonly provider?: ProviderDefinition;
  readonly kind: LookalikeKind;
  /** The host as a person reads it (A-labels decoded). */
  readonly shownHost: string;
}

/**
 * Unicode skeleton (UTS #39 §4, the `confusables.txt` mapping via unhomoglyph), lower-cased:
 * two strings that look alike have the same skeleton (`pаypal` with a Cyrillic а, `rnicrosoft`,
 * `micr0soft` all meet their originals).
 */
function skeleton(s: string): string {
  return unhomoglyph(s.normalize('NFD').toLowerCase()).toLowerCase();
}

const DOMAIN_SKELETONS: ReadonlyMap<string, ProviderDefinition> = new Map(
  PROVIDERS.flatMap((p) => p.domains.map((d) => [skeleton(d), p] as const)),
);
const BRAND_SKELETONS: ReadonlyMap<string, ProviderDefinition> = new Map(
  PROVIDERS.flatMap((p) => (p.brands ?? []).map((b) => [skeleton(b), p] as const)),
);
const PROVIDER_DOMAINS: ReadonlyArray<readonly [string, ProviderDefinition]> = PROVIDERS.flatMap((p) => p.domains.map((d) => [d, p] as const));

const LATIN = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Whether the authorization endpoint's host imitates a provider it does not belong to: a
 * registrable domain that looks like a provider's (confusable letters, punycode), a provider's
 * domain inside another host (`microsoft.com.evil.example`), a provider's brand in another
 * domain's labels (`github-login.example`), one label mixing Latin and other scripts, or a
 * provider's distinctive authorization path on a foreign host. Only for hosts no provider owns;
 * costs a few µs, so it runs on authorization requests only.
 *
 * @param hostname - `url.hostname` (A-labels, lower case)
 * @param path - `url.pathname`
 * @returns the imitation found first, most telling first
 */
export function findLookalike(hostname: string, path: string): Lookalike | undefined {
  const shownHost = displayHost(hostname);
  const domain = registrableDomain(hostname);
  const shownDomain = domain === undefined ? undefined : displayHost(domain);
  const confusable = shownDomain === undefined ? undefined : DOMAIN_SKELETONS.get(skeleton(shownDomain));
  if (confusable) return { provider: confusable, kind: 'confusable-domain', shownHost };
  const inside = PROVIDER_DOMAINS.find(([d]) => hostname.startsWith(`${d}.`) || hostname.includes(`.${d}.`));
  if (inside) return { provider: inside[1], kind: 'domain-inside-host', shownHost };
  const brand = brandIn(shownHost);
  if (brand) return { provider: brand, kind: 'brand-in-host', shownHost };
  const pathOwner = providerOfAuthorizationPath(path);
  if (pathOwner) return { provider: pathOwner, kind: 'provider-path', shownHost };
  if (shownHost.split('.').some((label) => LATIN.test(label) && OTHER_LETTER.test(label))) return { kind: 'mixed-script', shownHost };
  return undefined;
}

/**
 * A host as a person reads it: A-labels (`xn--pypal-4ve`) decoded to Unicode (RFC 3492).
 *
 * @param hostname - `url.hostname`
 */
export function displayHost(hostname: string): string {
  return hostname.includes('xn--') ? toUnicode(hostname) : hostname;
}

function brandIn(host: string): ProviderDefinition | undefined {
  for (const label of host.split('.')) {
    for (const part of [label, ...label.split('-')]) {
      const hit = BRAND_SKELETONS.get(skeleton(part));
      if (hit) return hit;
    }
  }
  return undefined;
}
