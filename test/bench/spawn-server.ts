import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the URL line on stdout. */
  spawnToUrlMs: number;
  stop(): Promise<void>;
}

/**
 * Spawns a server in its own process (so its CPU and memory can be read per process) and waits
 * for the first line of stdout matching `urlPattern`; stderr is kept for the error message.
 */
export async function spawnServer(
  name: string,
  args: string[],
  opts: { env?: Record<string, string>; urlPattern?: RegExp; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pattern = opts.urlPattern ?? /(http:\/\/127\.0\.0\.1:\d+)/;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} printed no URL within ${opts.timeoutMs ?? 30_000} ms: ${stderr}`)), opts.timeoutMs ?? 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before printing its URL: ${stderr.trim()}`));
    });
  });
  const spawnToUrlMs = performance.now() - started;
  return {
    name,
    url,
    pid: child.pid!,
    child,
    spawnToUrlMs,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    },
  };
}
