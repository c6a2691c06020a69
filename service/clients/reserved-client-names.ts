/**
 * Names a client may not take, so no app can pass itself off as the service (docs/security.md K9;
 * RFC 9700 §4.15.1). Compared case-insensitively after NFKC folding and removing whitespace,
 * so `Con sentry` and full-width `ｃｏｎｓｅｎｔｒｙ` are caught too.
 */
const RESERVED: ReadonlySet<string> = new Set(['consentry', 'admin', 'system']);

export function isReservedClientName(name: string): boolean {
  return RESERVED.has(name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase());
}
