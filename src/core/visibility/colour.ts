/**
 * Colours and contrast for pattern 9 (text the colour of its background). Reads what computed style returns
 * (rgb/rgba, first and cheaply: live.ts asks for every text box) and what authors write in `<style>` and inline
 * CSS (#hex, named colours, `transparent`, rgb()/hsl() in comma or space syntax: colour-functions.ts). Anything
 * else — `currentcolor`, `var()`, `color-mix()`, system colours, typos — is "unknown" and never hides.
 */
import { NAMED_COLOURS } from './colour-names.js';
import { parseColourFunction } from './colour-functions.js';

export type Rgba = readonly [number, number, number, number];

const TRANSPARENT: Rgba = [0, 0, 0, 0];
/** The form computed style serializes to (`rgb(255, 255, 255)`, `rgba(0, 0, 0, 0)`): no percentages or exponents. */
const COMPUTED = /^rgba?\(\s*(\d*\.?\d+)\s*,\s*(\d*\.?\d+)\s*,\s*(\d*\.?\d+)\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/;
/** A named colour's Rgba, built once per name. */
const named = new Map<string, Rgba>();

export function parseColour(value: string | null | undefined): Rgba | null {
  if (!value) return null;
  const computed = COMPUTED.exec(value);
  if (computed) {
    const alpha = computed[4] === undefined ? 1 : Math.min(1, Number(computed[4]));
    return [
      Math.min(255, Number(computed[1])),
      Math.min(255, Number(computed[2])),
      Math.min(255, Number(computed[3])),
      alpha,
    ];
  }
  const v = value.trim().toLowerCase();
  if (v.startsWith('#')) return parseHex(v.slice(1));
  if (v.endsWith(')')) return parseColourFunction(v);
  return v === 'transparent' ? TRANSPARENT : namedColour(v);
}

/**
 * An HTML colour attribute (`<font color>`, `bgcolor`): the legacy rules read a named colour, `#rgb` and
 * `#rrggbb` as CSS does, refuse `transparent`, and turn anything else into some colour of their own
 * (`color="hsl(0,0%,100%)"` paints a dark grey, not white) — so only those three forms are known here.
 */
export function parseLegacyColour(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v.startsWith('#')) return v.length === 4 || v.length === 7 ? parseHex(v.slice(1)) : null;
  return namedColour(v);
}

function parseHex(hex: string): Rgba | null {
  if (!/^[0-9a-f]{3,8}$/.test(hex)) return null;
  const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return null;
  const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
}

function namedColour(name: string): Rgba | null {
  let colour = named.get(name);
  if (colour === undefined) {
    const rgb = NAMED_COLOURS.get(name);
    if (rgb === undefined) return null;
    named.set(name, (colour = [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, 1]));
  }
  return colour;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 (identical) to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Below this ratio text cannot be told from its background (pattern 9). */
export const INVISIBLE_CONTRAST = 1.2;

export const WHITE: Rgba = [255, 255, 255, 1];

export const BLACK: Rgba = [0, 0, 0, 1];

/** `fg` painted at `opacity` over `bg`: what the reader's eye receives. */
export function composite(fg: Rgba, bg: Rgba, opacity: number): Rgba {
  const a = opacity * fg[3];
  return [bg[0] + (fg[0] - bg[0]) * a, bg[1] + (fg[1] - bg[1]) * a, bg[2] + (fg[2] - bg[2]) * a, 1];
}

/**
 * Whether text faded to `opacity` (the product along its ancestors) can no longer be told from its background:
 * the contrast that reaches the reader, not a cut-off on the number. Unknown colours are taken at their most
 * legible, black on white, so the static path hides only what no colour could save (below about 7%).
 */
export function fadedAway(opacity: number, fg: Rgba = BLACK, bg: Rgba = WHITE): boolean {
  if (opacity <= 0.01) return true;
  if (opacity >= 0.5) return false;
  return contrast(composite(fg, bg, opacity), bg) < INVISIBLE_CONTRAST;
}
