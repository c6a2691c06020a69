import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Linux reports utime/stime in clock ticks; 100 per second on every kernel we run on (getconf CLK_TCK). */
const TICK_US = 10_000;

/** User + system CPU time of a process so far, in microseconds (from /proc/<pid>/stat). */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) * TICK_US;
}

/** Resident set size now and its peak (VmHWM) in bytes, from /proc/<pid>/status. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** What a reader needs to judge the figures: when, which Node, which CPU, and how busy it was. */
export function machine(): { date: string; node: string; cpu: string; cores: number; loadavg: number[] } {
  const list = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
