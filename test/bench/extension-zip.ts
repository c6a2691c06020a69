import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench:extension`: builds the Chrome store zip with `wxt zip` and reports its size
 * against the target (under 300 KB), with the biggest files inside. Never part of `npm test`.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const TARGET_BYTES = 300_000;

execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'chrome'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
const output = join(ROOT, '.output');
const zip = readdirSync(output).find((f) => /-chrome\.zip$/.test(f));
if (!zip) throw new Error('wxt zip made no Chrome zip');
const bytes = statSync(join(output, zip)).size;
const ratio = bytes / TARGET_BYTES;
process.stdout.write(`${zip}: ${(bytes / 1000).toFixed(1)} kB, ${ratio.toFixed(2)}× the 300 kB target: ${bytes < TARGET_BYTES ? 'PASS' : 'MISS'}\n`);

// Where the bytes are: the unpacked build's largest files.
const build = join(output, 'chrome-mv3');
const files = readdirSync(build, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => ({ path: join(e.parentPath, e.name).slice(build.length + 1), size: statSync(join(e.parentPath, e.name)).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, 5);
for (const f of files) process.stdout.write(`  ${f.path}: ${(f.size / 1000).toFixed(1)} kB unpacked\n`);
