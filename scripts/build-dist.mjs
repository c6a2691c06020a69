// Bundles service/main.ts (and shared/) into dist/consentry.js with esbuild, npm packages left
// as imports, so `consentry` runs one plain JavaScript file instead of loading tsx and resolving
// and transforming ~300 files at every start (start-up was seconds, idle RSS 160 MB). bin/consentry.js uses dist/ only while it is
// newer than every source file, and falls back to tsx otherwise, so an edit never runs stale code.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;
const out = join(root, 'dist');

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'service/main.ts')],
  outfile: join(out, 'consentry.js'),
  bundle: true,
  // npm packages are bundled too (resolving and compiling hundreds of small ESM files of kysely,
  // zod, jose… dominated start-up); native addons and their loaders stay external.
  external: ['better-sqlite3', '@node-rs/argon2', 'pg-native'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
  logLevel: 'warning',
});
// Static files app.ts finds next to itself (new URL('./ui/assets/', import.meta.url)), which in
// the bundle is dist/consentry.js.
cpSync(join(root, 'service/ui/assets'), join(out, 'ui/assets'), { recursive: true });
writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
writeFileSync(join(out, 'BUILT'), `${new Date().toISOString()}\n`);
