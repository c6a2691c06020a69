// Renders extension/icon/icon.svg, the one source of the extension's icon, to the PNG sizes the
// stores and browsers ask for (16, 32, 48, 96, 128) under extension/public/icon/, where WXT finds
// them for the manifest. Uses Debian's Chromium through Puppeteer (already the e2e browser), so no
// image library is needed. Run `npm run icons:extension` after changing the SVG; the PNGs are
// committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';

const root = new URL('../', import.meta.url).pathname;
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(join(root, 'extension/icon/icon.svg'), 'utf8');
const out = join(root, 'extension/public/icon');
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
    await page.setContent(html);
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    process.stdout.write(`extension/public/icon/${size}.png\n`);
  }
} finally {
  await browser.close();
}
