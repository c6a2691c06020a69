import { readFileSync } from 'node:fs';
import { analyzeAuthorizationRequest, parseAuthorizationRequest } from '../../shared/oauth/index.js';
import { median } from './load-test.js';

/**
 * Authorization-request analysis as the extension runs it on every navigation: parse, then
 * analyze without a catalog (a third party's scopes are unknown to us). µs per URL over a corpus
 * shaped like real providers' requests; a warm-up first, then several timed rounds.
 */
export function benchAnalysis(rounds: number): { usPerUrl: number; urls: number; rounds: number[] } {
  const urls = readFileSync(new URL('./fixtures/authorization-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('http'));
  const once = () => {
    let findings = 0;
    for (const url of urls) {
      const req = parseAuthorizationRequest(url);
      if (req) findings += analyzeAuthorizationRequest(req).findings.length;
    }
    return findings;
  };
  for (let i = 0; i < 200; i++) once();
  const perRound: number[] = [];
  const iterations = 500;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) once();
    perRound.push(((performance.now() - t0) * 1000) / (iterations * urls.length));
  }
  return { usPerUrl: median(perRound), urls: urls.length, rounds: perRound };
}
