#!/usr/bin/env node
// The consentry CLI. Runs the bundle dist/consentry.js (scripts/build-dist.mjs, run by `npm ci`
// and `npm start`) when it is newer than every source file; otherwise the TypeScript sources
// through tsx's loader (seconds slower to start), so an edited checkout never runs stale code.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function builtAt() {
  try {
    return statSync(new URL('dist/BUILT', root)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Our sources, and the lock file: npm packages are bundled too, so an install makes dist stale. */
function newestSource() {
  let newest = statSync(new URL('package-lock.json', root)).mtimeMs;
  for (const dir of ['service', 'shared']) {
    const base = new URL(`${dir}/`, root);
    for (const f of readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      newest = Math.max(newest, statSync(new URL(f, base)).mtimeMs);
    }
  }
  return newest;
}

const built = builtAt();
let main;
if (built !== undefined && built >= newestSource()) {
  ({ main } = await import('../dist/consentry.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../service/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), process.env);
