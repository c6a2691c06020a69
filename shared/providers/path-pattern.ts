/** A compiled path pattern of the registry (see `ProviderDefinition.authorizationPaths`). */
export type PathPattern = (path: string) => Readonly<Record<string, string>> | undefined;

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Compiles `/`-separated segments: `*` any one segment, `{name}` one segment captured as `name`,
 * a leading `**` any prefix (captured as `prefix`, e.g. `/auth` of an old Keycloak), anything
 * else literal. Matching is case-insensitive and tolerates one trailing slash.
 *
 * @param pattern - e.g. `/{tenant}/oauth2/v2.0/authorize`
 * @returns a matcher giving the captured segments, or `undefined` when the path does not match
 */
export function compilePathPattern(pattern: string): PathPattern {
  let source = '^';
  for (const segment of pattern.split('/').filter((s) => s !== '')) {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (segment === '**') source += '(?<prefix>(?:/[^/]+)*?)';
    else if (segment === '*') source += '/[^/]+';
    else if (name !== undefined) source += `/(?<${name}>[^/]+)`;
    else source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  }
  const re = new RegExp(`${source}/?$`, 'i');
  return (path) => {
    const m = re.exec(path);
    if (!m) return undefined;
    return m.groups ? { ...m.groups } : EMPTY;
  };
}

/**
 * The last path segment of a pattern, lower-cased (`devicelogin` of `/devicelogin`), used to rule
 * out most URLs before any pattern runs.
 */
export function lastSegment(pattern: string): string {
  const segments = pattern.split('/');
  return (segments[segments.length - 1] ?? '').toLowerCase();
}
