import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const wxt = (args: string[]) => promisify(execFile)(resolve('node_modules/.bin/wxt'), args, { env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });

/**
 * Builds the extension once per test run, before any e2e file loads it, so tests exercise the code
 * of this checkout rather than a stale .output/: Chrome MV3, and Firefox for web-ext lint. About 6 s.
 */
export default async function buildExtension(): Promise<void> {
  // One after another: each build rewrites .wxt/.
  await wxt(['build', '-b', 'chrome']);
  await wxt(['build', '-b', 'firefox']);
}
