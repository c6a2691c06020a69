import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe } from 'vitest';

const run = promisify(execFile);
const startScript = fileURLToPath(new URL('../../.ci/start-postgres.sh', import.meta.url));

/**
 * A PostgreSQL cluster of one test file's own, for tests that stop, crash or restart the
 * server: the shared cluster of TEST_DATABASE_URL (.ci/run) must never be disturbed. Started
 * by .ci/start-postgres.sh, with synchronous_commit on so that what a commit acknowledged
 * survives `pg_ctl restart -m immediate` (a crash of the server, not of the machine).
 */
export interface ThrowawayPostgres {
  /** Admin URL of the cluster's `postgres` database. */
  url: string;
  /** `pg_ctl restart -m <mode>`: `immediate` is a crash and recovery, `fast` a planned restart. */
  restart(mode: 'immediate' | 'fast'): Promise<void>;
  /** `pg_ctl stop -m fast`, until `start()`: the database is gone meanwhile. */
  stopServer(): Promise<void>;
  /** Starts it again with the options it had. */
  startServer(): Promise<void>;
  /** SIGSTOP to the server and every process of it: connections stay open, nothing answers. */
  freeze(): void;
  /** SIGCONT to the processes `freeze()` stopped. */
  thaw(): void;
  /** pg_terminate_backend on every other session; resolves with how many it ended. */
  terminateSessions(): Promise<number>;
  /** Stops the server and deletes the cluster. */
  destroy(): Promise<void>;
}

/** The newest PostgreSQL server binaries installed (Debian layout), if any. */
export function postgresServerBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(`${root}/${v}/bin/initdb`))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? `${root}/${versions.at(-1)}/bin` : undefined;
}

/**
 * `describe` when server binaries are installed; otherwise the suite is reported as skipped,
 * by name and reason. Under CI (CI=true) missing binaries fail instead: .ci/run installs them.
 */
export function describeWithThrowawayPostgres(name: string, suite: () => void): void {
  if (postgresServerBin() || process.env.CI === 'true') describe(name, suite);
  else describe.skip(`${name} (skipped: no PostgreSQL server binaries under /usr/lib/postgresql)`, suite);
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const { stdout } = await run(
    'bash',
    ['-c', `source "${startScript}" >&2 && printf '%s\\n' "$TEST_DATABASE_URL" "$TEST_PG_DIR" "$TEST_PG_BIN"`],
    { env: { ...process.env, TEST_PG_OPTIONS: '-c synchronous_commit=on' } },
  );
  const [url, dir, bin] = stdout.trim().split('\n') as [string, string, string];
  const asOwner = (cmd: string, args: string[]) =>
    process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
  const pgCtl = (...args: string[]) => asOwner(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-t', '30', ...args]);
  // The server's own options, as `pg_ctl restart` reuses them: `postgres "-D" "<dir>" "-p" …`.
  const options = readFileSync(`${dir}/data/postmaster.opts`, 'utf8')
    .trim()
    .split(' "-D" ')[1]!
    .replace(/^"[^"]*" /, '')
    .replace(/"/g, '');
  let frozen: number[] = [];
  return {
    url,
    async restart(mode) {
      await pgCtl('-m', mode, 'restart');
    },
    async stopServer() {
      await pgCtl('-m', 'fast', 'stop');
    },
    async startServer() {
      await pgCtl('-o', options, 'start');
    },
    freeze() {
      frozen = serverProcesses(dir);
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thaw() {
      for (const pid of frozen.splice(0)) process.kill(pid, 'SIGCONT');
    },
    async terminateSessions() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const r = await admin.query('select count(pg_terminate_backend(pid)) as n from pg_stat_activity where pid <> pg_backend_pid() and backend_type = $1', ['client backend']);
        return Number(r.rows[0].n);
      } finally {
        await admin.end();
      }
    },
    async destroy() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster of the cluster in `dir` and its children (backends, checkpointer, …). */
function serverProcesses(dir: string): number[] {
  const postmaster = Number(readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after ")".
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}
