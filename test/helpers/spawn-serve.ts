import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI entry, as an operator runs it. */
export const consentryBin = fileURLToPath(new URL('../../bin/consentry.js', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  /** The URL it printed ("Consentry is running at …"). */
  url: string;
  /** Everything it wrote to stdout so far (JSON log lines at LOG_LEVEL, and the banner). */
  output(): string;
}

/**
 * `consentry serve` as a child process on a free port (PORT=0), no demo seed; resolves once
 * it prints its URL, rejects if it exits first. `env` adds to (or overrides) those settings.
 */
export function spawnServe(env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [consentryBin, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_SEED: 'false', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, output: () => out });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}
