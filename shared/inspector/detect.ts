import type { MatchOptions } from '../providers/match-provider.js';
import { recognise } from './recognise.js';

/** What {@link detect} tells the background about a navigation. */
export interface Detection {
  readonly kind: 'authorization' | 'device';
  /** Registry id of the provider (`generic` for an unnamed OAuth/OIDC server). */
  readonly provider: string;
}

/**
 * The one check run on every navigation: is this URL an authorization request (of a known
 * provider, or by the generic OAuth/OIDC rule) or a device-verification page? An ordinary page is
 * settled by string scans without parsing the URL.
 *
 * @param url - the navigation URL
 * @param options - the Consentry origins the user added
 * @returns what it is, or `undefined` for every other page
 */
export function detect(url: string, options: MatchOptions = {}): Detection | undefined {
  const r = recognise(url, options);
  return r === undefined ? undefined : { kind: r.kind, provider: r.provider.id };
}
