import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { machine } from './process-stats.js';
import type { LoadResult } from './load-test.js';

/** One HTTP load figure: a scenario against one server. */
export interface LoadRow {
  scenario: string;
  server: string;
  result?: LoadResult;
  /** Ratio to the peer (or the ceiling), already formatted, e.g. "2.3× oidc-provider". */
  ratio?: string;
  target?: string;
  verdict?: 'PASS' | 'MISS';
  /** Why it was not measured, or what differs. */
  note?: string;
}

/** One non-HTTP figure (µs per URL, ms to ready, MB …). */
export interface OtherRow {
  measure: string;
  figure: string;
  target?: string;
  verdict?: 'PASS' | 'MISS';
  note?: string;
}

export interface BenchReport {
  machine: ReturnType<typeof machine>;
  settings: { durationSeconds: number; connections: number; rounds: number };
  load: LoadRow[];
  other: OtherRow[];
  notes: string[];
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const verdict = (r: { target?: string; verdict?: string }) => (r.target ? `${r.target}: **${r.verdict ?? '—'}**` : '');

/** The report as Markdown tables (the README section and the console print the same text). */
export function markdown(report: BenchReport): string {
  const m = report.machine;
  const s = report.settings;
  const lines = [
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu} (${m.cores} cores), Node ${m.node}; load average at start ${m.loadavg.join(' / ')}` +
      (m.loadavg[0]! > m.cores * 0.5 ? ' — **the machine was busy: treat these figures as noisy**' : '') +
      '.',
    `autocannon on loopback, ${s.connections} connections, ${s.durationSeconds} s per round (code exchange: a fixed pool of codes per round), ${s.rounds} rounds, median of rounds; each server in its own process; CPU-µs per request is the server process's user+system time over the requests it answered.`,
    '',
    '| scenario | server | req/s | p50 ms | p99 ms | CPU-µs/req | failed | ratio | target |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
    ...report.load.map((r) =>
      r.result
        ? `| ${r.scenario} | ${r.server} | ${fmt(r.result.rps)} | ${fmt(r.result.p50, 1)} | ${fmt(r.result.p99, 1)} | ${fmt(r.result.cpuUsPerRequest)} | ${r.result.failed}${r.result.failureSample ? ` (${r.result.failureSample.slice(0, 60).replace(/\|/g, '/')})` : ''} | ${r.ratio ?? ''} | ${verdict(r)} |`
        : `| ${r.scenario} | ${r.server} | not measured: ${r.note ?? ''} | | | | | | ${r.target ?? ''} |`,
    ),
    '',
    '| measure | figure | target |',
    '|---|---|---|',
    ...report.other.map((r) => `| ${r.measure} | ${r.figure}${r.note ? ` (${r.note})` : ''} | ${verdict(r)} |`),
    '',
    ...report.notes.map((n) => `- ${n}`),
  ];
  return lines.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the markers of README's `## Benchmarks` section, adding the section at the end if missing. */
export function writeReadme(readmePath: string, body: string): void {
  const readme = readFileSync(readmePath, 'utf8');
  const block = `${START}\n${body}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? readme.slice(0, start) + block + readme.slice(end + END.length)
      : `${readme.replace(/\n*$/, '\n')}\n## Benchmarks\n\n\`npm run bench\` (about five minutes; never part of \`npm test\`) measures Consentry against node-oidc-provider and a bare node:http server on this machine and rewrites the block below.\n\n${block}\n`;
  writeFileSync(readmePath, next);
}

/**
 * Writes `latest.json` (the previous one becomes `previous.json`) and returns loud lines for every
 * load figure whose CPU-µs per request grew by more than 15% since the previous run.
 */
export function saveAndCompare(dir: string, report: BenchReport): string[] {
  const latest = `${dir}/latest.json`;
  const alerts: string[] = [];
  mkdirSync(dir, { recursive: true });
  if (existsSync(latest)) {
    const previous = JSON.parse(readFileSync(latest, 'utf8')) as BenchReport;
    for (const row of report.load) {
      const before = previous.load.find((p) => p.scenario === row.scenario && p.server === row.server)?.result?.cpuUsPerRequest;
      const now = row.result?.cpuUsPerRequest;
      if (before && now && now > before * 1.15) {
        alerts.push(`REGRESSION: ${row.scenario} on ${row.server}: ${fmt(now)} CPU-µs/req, was ${fmt(before)} (+${fmt((now / before - 1) * 100)}%; previous run's load average ${previous.machine.loadavg.join(' / ')})`);
      }
    }
    renameSync(latest, `${dir}/previous.json`);
  }
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  return alerts;
}
