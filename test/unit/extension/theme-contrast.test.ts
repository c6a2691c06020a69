import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERDICT_BADGES } from '../../../extension/badge/verdict-badge.js';

/** The colour variables of one `:root, :host { … }` block of theme.css. */
function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('extension/styles/theme.css', 'utf8');
const [light, dark] = [css.slice(0, css.indexOf('@media')), css.slice(css.indexOf('@media'))].map(palette);

/** Every text colour and the backgrounds it is drawn on. */
const PAIRS: Array<[string, string]> = [
  ['fg', 'bg'], ['fg', 'surface'], ['muted', 'bg'], ['link', 'bg'],
  ['ok-fg', 'ok-bg'], ['caution-fg', 'caution-bg'], ['danger-fg', 'danger-bg'], ['info-fg', 'info-bg'],
  ['fg', 'ok-bg'], ['fg', 'caution-bg'], ['fg', 'danger-bg'],
  ['identity', 'bg'], ['read', 'bg'], ['write', 'bg'], ['admin', 'bg'], ['unknown', 'bg'],
  ['ok-fg', 'bg'], ['caution-fg', 'bg'], ['danger-fg', 'bg'], ['danger-fg', 'surface'],
];

describe('extension theme', () => {
  for (const [name, colours] of [['light', light!], ['dark', dark!]] as const) {
    it(`has WCAG AA contrast (4.5:1) for every text colour in the ${name} scheme`, () => {
      const low = PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(colours[fg]!, colours[bg]!) })).filter((p) => !(p.ratio >= 4.5));
      expect(low).toEqual([]);
    });
  }

  it('draws white badge text with AA contrast on every verdict colour', () => {
    const ratios = Object.values(VERDICT_BADGES).map((b) => Number(contrast('#ffffff', b.color).toFixed(2)));
    expect(ratios.every((r) => r >= 4.5)).toBe(true);
  });

  it('gives the dark scheme its own value for every colour of the light one', () => {
    expect(Object.keys(dark!).sort()).toEqual(Object.keys(light!).sort());
  });
});
