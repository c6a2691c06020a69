import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Builds the Chrome MV3 extension once per test run, before any e2e file loads it, so tests
 * exercise the code of this checkout rather than a stale .output/ (about 4 s).
 */
export default async function buildExtension(): Promise<void> {
  await promisify(execFile)(resolve('node_modules/.bin/wxt'), ['build', '-b', 'chrome'], {
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
}
