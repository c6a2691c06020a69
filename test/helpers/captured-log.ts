import { Writable } from 'node:stream';
import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * A pino logger whose lines land, parsed, in `lines`: to assert what an operator would read
 * (and what must never be there, e.g. tokens in query strings). Clear with `lines.length = 0`.
 */
export function capturedLogger(options: LoggerOptions = { level: 'info' }): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino(options, sink), lines };
}
