import { z } from 'zod';

/** C0 and C1 control characters, DEL included. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Bidirectional controls that can make `Goo\u202Egle` render as a different name
 * (docs/security.md K4): embeddings/overrides U+202A-202E, isolates U+2066-2069, marks U+200E/U+200F.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

/**
 * Whether `s` contains a bidirectional control character (U+202A-202E, U+2066-2069, U+200E,
 * U+200F).
 *
 * @param s - text shown to users
 * @returns true when rendering could be reordered by the text itself
 */
export function hasBidiControl(s: string): boolean {
  return BIDI_CONTROL.test(s);
}

/**
 * Whether `s` contains a C0/C1 control character (including tab and newlines).
 *
 * @param s - any text
 * @returns true when a control character is present
 */
export function hasControlChar(s: string): boolean {
  return CONTROL.test(s);
}

/**
 * Schema for developer-supplied text that users see on consent pages: trimmed, `min`-`max`
 * characters, no control or bidi characters. Markup such as `<img ...>` is accepted as text; the
 * renderer escapes it.
 *
 * @param min - fewest characters after trimming
 * @param max - most characters after trimming
 */
export function displayText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlChar(s), { message: 'must not contain control characters' })
    .refine((s) => !hasBidiControl(s), {
      message: 'must not contain bidirectional control characters (U+202A-202E, U+2066-2069, U+200E, U+200F)',
    });
}
