import { readFileSync } from 'node:fs';
import { detect, inspectUrl } from '../../shared/inspector/index.js';
import { DOCUMENTED_URLS } from '../fixtures/authorization-urls/provider-documentation.js';
import { median } from './load-test.js';

/** Ordinary navigations: pages that are not authorization requests (what the background sees most). */
const ORDINARY = [
  'https://www.google.com/search?q=oauth+consent+phishing&client=firefox-b-d&sca_esv=1',
  'https://en.wikipedia.org/wiki/OAuth',
  'https://github.com/consentry/consentry/pulls?q=is%3Aopen',
  'https://news.ycombinator.com/item?id=41234567',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
  'https://mail.example.com/inbox/0/thread/18c2f9',
  'https://docs.example.org/guide/getting-started#install',
  'https://shop.example.com/cart?item=123&qty=2&ref=newsletter',
];

/** Result of {@link benchAnalysis}: µs per URL and the same as a multiple of `new URL()` of the same URLs. */
export interface AnalysisBench {
  urls: number;
  ordinary: number;
  /** Detection plus full inspection, per authorization URL. */
  inspectUs: number;
  inspectRatio: number;
  /** Detection of an ordinary navigation. */
  detectUs: number;
  detectRatio: number;
  baselineUs: { authorization: number; ordinary: number };
}

/**
 * The inspector as the extension runs it: `detect` on every navigation, `inspectUrl` (detection
 * plus full analysis with the provider catalogs) on authorization requests, over the documented
 * provider URLs and the provider-shaped corpus; ordinary pages through `detect` alone. Each
 * figure is the median of `rounds`, with `new URL()` of the same URLs measured in the same
 * rounds as the baseline.
 */
export function benchAnalysis(rounds: number): AnalysisBench {
  const corpus = readFileSync(new URL('./fixtures/authorization-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('http'));
  const urls = [...DOCUMENTED_URLS.map((d) => d.url), ...corpus];
  let sink = 0;
  const inspect = () => { for (const u of urls) sink += inspectUrl(u)?.findings.length ?? 0; };
  const detectOrdinary = () => { for (const u of ORDINARY) sink += detect(u) ? 1 : 0; };
  const parse = (list: readonly string[]) => () => { for (const u of list) sink += new URL(u).search.length; };
  const measure = (run: () => void, count: number, iterations: number) => {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) run();
    return ((performance.now() - t0) * 1000) / (iterations * count);
  };
  for (let i = 0; i < 300; i++) { inspect(); detectOrdinary(); parse(urls)(); parse(ORDINARY)(); }
  const samples = { inspect: [] as number[], detect: [] as number[], baseAuth: [] as number[], baseOrdinary: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    samples.baseAuth.push(measure(parse(urls), urls.length, 500));
    samples.inspect.push(measure(inspect, urls.length, 500));
    samples.baseOrdinary.push(measure(parse(ORDINARY), ORDINARY.length, 20_000));
    samples.detect.push(measure(detectOrdinary, ORDINARY.length, 20_000));
  }
  if (sink === 0) throw new Error('the inspector found nothing in the corpus');
  const baselineUs = { authorization: median(samples.baseAuth), ordinary: median(samples.baseOrdinary) };
  const inspectUs = median(samples.inspect);
  const detectUs = median(samples.detect);
  return {
    urls: urls.length,
    ordinary: ORDINARY.length,
    inspectUs,
    inspectRatio: inspectUs / baselineUs.authorization,
    detectUs,
    detectRatio: detectUs / baselineUs.ordinary,
    baselineUs,
  };
}
