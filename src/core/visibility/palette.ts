/**
 * Which text colours could vanish on this page (pattern 9), decided once, before any element is matched. The
 * static cascade resolves only elements that a hiding rule could apply to; a `color` declaration counts as one
 * only when it is transparent or too close to a background the page itself declares (its `<style>` rules,
 * inline styles, `bgcolor`) or to the white canvas. Ordinary dark-on-light text never qualifies, so most
 * elements are still answered without resolving anything.
 */
import type { StyleRule } from './css-parse.js';
import { parseDeclarations } from './css-parse.js';
import { backgroundLonghands } from './background.js';
import { contrast, INVISIBLE_CONTRAST, luminance, parseColour, type Rgba } from './colour.js';

/** The properties a colour verdict reads, in groups a caller can ask for alone (bits). */
export const PAINT_GROUP = { colour: 1, ground: 2, decoration: 4, all: 7 } as const;

/** Property → group: the text colour, the background, and what keeps text visible anyway. */
export const PAINT = new Map<string, number>([
  ['color', PAINT_GROUP.colour],
  // Paints the glyphs instead of `color` where set (both engines support it): transparent or the ground's colour hides.
  ['-webkit-text-fill-color', PAINT_GROUP.colour],
  ['background-color', PAINT_GROUP.ground],
  ['background-image', PAINT_GROUP.ground],
  ['background-clip', PAINT_GROUP.decoration],
  ['-webkit-background-clip', PAINT_GROUP.decoration],
  ['text-shadow', PAINT_GROUP.decoration],
  ['-webkit-text-stroke', PAINT_GROUP.decoration],
  ['-webkit-text-stroke-width', PAINT_GROUP.decoration],
]);

/** Backgrounds this translucent are seen through (as live.ts reads them). */
export const OPAQUE_ALPHA = 0.5;

export class Palette {
  /** Luminances of the page's opaque backgrounds: contrast depends on nothing else. */
  private readonly grounds: number[] = [];
  private readonly byColour = new Map<string, boolean>();
  private readonly byValue = new Map<string, boolean>();

  /** `backgrounds`: declared background-color values; unreadable and translucent ones are skipped. */
  constructor(backgrounds: Iterable<string>) {
    const seen = new Set<string>();
    // White: the canvas, when nothing else paints.
    for (const value of [...backgrounds, '#fff']) {
      const c = parseColour(value);
      if (!c || c[3] < OPAQUE_ALPHA) continue;
      const key = c.slice(0, 3).join();
      if (!seen.has(key)) {
        seen.add(key);
        this.grounds.push(luminance(c));
      }
    }
  }

  /**
   * Whether text in `colour` would all but vanish on one of the page's backgrounds. A translucent colour is a
   * theme's tint (WordPress customizers write `rgba(204,51,0,.75)` on buttons of the same hue, recoloured by
   * the theme's own sheet); hiders write solid or fully transparent colours, so only those count.
   */
  couldVanish(colour: Rgba): boolean {
    if (colour[3] === 0) return true;
    if (colour[3] !== 1) return false;
    const key = colour.join();
    let answer = this.byColour.get(key);
    if (answer === undefined) {
      const l = luminance(colour) + 0.05;
      answer = this.grounds.some((g) => Math.max(l, g + 0.05) / Math.min(l, g + 0.05) < INVISIBLE_CONTRAST);
      this.byColour.set(key, answer);
    }
    return answer;
  }

  /** couldVanish for a declared value, once per distinct value; unreadable values never vanish. */
  couldVanishValue(value: string): boolean {
    let answer = this.byValue.get(value);
    if (answer === undefined) {
      const c = parseColour(value);
      this.byValue.set(value, (answer = c !== null && this.couldVanish(c)));
    }
    return answer;
  }
}

/**
 * Whether a rule sets its text colour on a ground it paints itself, legibly (`.hero{background:#111;color:#fff}`):
 * then its colour is no suspect, and a white-on-dark box costs nothing to judge.
 */
export function legibleOnOwnGround(declarations: ReadonlyMap<string, { value: string }>): boolean {
  const fg = parseColour(declarations.get('color')?.value);
  const bg = parseColour(declarations.get('background-color')?.value);
  const image = declarations.get('background-image')?.value;
  if (!fg || !bg || fg[3] === 0 || bg[3] < OPAQUE_ALPHA || (image !== undefined && image !== 'none')) return false;
  return contrast(fg, bg) >= INVISIBLE_CONTRAST;
}

/** The background colours the page declares: in its rules (already expanded) and in inline style or `bgcolor`. */
export function declaredBackgrounds(rules: readonly StyleRule[], elements: readonly Element[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    const bg = rule.declarations.get('background-color');
    if (bg) out.push(bg.value);
  }
  for (const el of elements) {
    const bgcolor = el.getAttribute('bgcolor');
    if (bgcolor) out.push(bgcolor);
    const style = el.getAttribute('style');
    if (!style || !/background/i.test(style)) continue;
    const decls = parseDeclarations(style);
    const colour = decls.get('background-color')?.value;
    if (colour) out.push(colour);
    const shorthand = decls.get('background')?.value;
    if (shorthand)
      for (const [name, value] of backgroundLonghands(shorthand)) if (name === 'background-color') out.push(value);
  }
  return out;
}
