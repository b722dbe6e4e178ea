/**
 * The hiding properties, decided from one element's own style — the shared vocabulary of static verdicts
 * (declared values from inline style and the page's `<style>` rules) and live verdicts (computed values).
 * Reasons are the `detail` of `hidden:<detail>` (see audit.ts). Numbers cite the pattern table.
 */

import { lengthPx, type LengthContext } from './length.js';
import { ASSUMED_SCREEN } from './media.js';
import type { Collapse, Displacement } from './rendering.js';

/** Reads a property of one element: declared (static) or computed (live); '' when unset. */
export type StyleGetter = (property: string) => string;

/** Past this many pixels off the page an element is parked, not slid in (patterns 3, 10; alfa PR#616). */
export const FAR_OFFSET_PX = -999;

/** A CSS length in px (any unit, calc(), against the assumed screen: length.ts), or null when unknown. */
export function px(value: string, ctx?: LengthContext): number | null {
  return lengthPx(value, ctx);
}

export const isFar = (value: string): boolean => {
  const n = px(value);
  return n !== null && n <= FAR_OFFSET_PX;
};

/** The translation and scale a 2D `transform` applies, as far as it can be read (translate, scale, matrix). */
export function transformShift(value: string): { x: number; y: number; scale: number } | null {
  if (!value || value === 'none') return null;
  let x = 0;
  let y = 0;
  let scale = 1;
  for (const m of value.matchAll(/([a-z0-9]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gi)) {
    const fn = (m[1] ?? '').toLowerCase();
    const args = (m[2] ?? '').split(/\s*,\s*|\s+(?![^(]*\))/).filter(Boolean);
    const len = (i: number, of: number) => (args[i] === undefined ? 0 : px(args[i], { percentOf: of }));
    if (fn === 'translate' || fn === 'translate3d') {
      const [a, b] = [len(0, ASSUMED_SCREEN.width), len(1, ASSUMED_SCREEN.height)];
      if (a === null || b === null) return null;
      x += a * scale;
      y += b * scale;
    } else if (fn === 'translatex') x += (len(0, ASSUMED_SCREEN.width) ?? NaN) * scale;
    else if (fn === 'translatey') y += (len(0, ASSUMED_SCREEN.height) ?? NaN) * scale;
    else if (fn === 'scale' || fn === 'scalex' || fn === 'scaley' || fn === 'scale3d') {
      const n = args.map((a) => (/%$/.test(a) ? Number.parseFloat(a) / 100 : Number(a)));
      scale *= fn === 'scale' || fn === 'scale3d' ? Math.min(...n.slice(0, 2).map(Math.abs)) : Math.abs(n[0] ?? 1);
    } else if (fn === 'matrix') {
      const n = args.map(Number);
      x += n[4] ?? 0;
      y += n[5] ?? 0;
      scale *= Math.min(Math.hypot(n[0] ?? 1, n[1] ?? 0), Math.hypot(n[2] ?? 0, n[3] ?? 1));
    } else if (!/^(?:rotate[xyz]?|skew[xy]?|perspective)$/.test(fn)) return null;
  }
  return Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(scale) ? { x, y, scale } : null;
}

/** Splits a CSS value on the spaces between its parts, not those inside functions (`calc(-1 * 9px) 0`). */
const parts = (value: string): string[] =>
  value
    .trim()
    .split(/\s+(?![^(]*\))/)
    .filter(Boolean);

/**
 * An element's whole transform as one `transform` value: the individual `translate` and `scale` properties
 * apply before `transform` does (CSS Transforms 2), so `translate: -9999px` parks a box as `translateX` would.
 */
export function fullTransform(get: StyleGetter): string {
  const out: string[] = [];
  const translate = get('translate');
  if (translate && translate !== 'none') out.push(`translate(${parts(translate).slice(0, 2).join(', ')})`);
  const scale = get('scale');
  if (scale && scale !== 'none') {
    const [x = '1', y = x] = parts(scale);
    out.push(`scale(${x}, ${y})`);
  }
  const transform = get('transform');
  if (transform && transform !== 'none') out.push(transform);
  return out.join(' ') || 'none';
}

/**
 * How much a `filter` fades what it paints: the product of its `opacity()` functions (`opacity(0)`,
 * `grayscale(1) opacity(20%)`), 1 when it has none. A filter's opacity hides text as surely as `opacity` does.
 */
export function filterOpacity(value: string): number {
  let fade = 1;
  for (const m of value.matchAll(/\bopacity\(\s*([^)]*)\)/gi)) {
    const arg = (m[1] ?? '').trim();
    const n = arg === '' ? 1 : arg.endsWith('%') ? Number.parseFloat(arg) / 100 : Number(arg);
    if (Number.isFinite(n)) fade *= Math.min(1, Math.max(0, n));
  }
  return fade;
}

/** A `zoom` value as a factor (`0.5`, `50%`; `normal` and anything unreadable are 1): it scales the text it holds. */
export function zoomValue(value: string): number {
  const v = value.trim();
  const n = v.endsWith('%') ? Number.parseFloat(v) / 100 : Number(v);
  return v !== '' && Number.isFinite(n) && n > 0 ? n : 1;
}

/** `clip: rect(0 0 0 0)`, `rect(1px,1px,1px,1px)` and `clip-path: inset(50%)`, `circle(0)` (pattern 7). */
export function clipsAway(get: StyleGetter): boolean {
  // `clip` only applies to absolutely positioned boxes: the position decides whether it is worth reading.
  const position = get('position');
  const clip = position === 'absolute' || position === 'fixed' ? get('clip') : '';
  if (/^rect\(/.test(clip)) {
    const nums = (clip.match(/-?[\d.]+/g) ?? []).map(Number);
    const [top = 0, right = 0, bottom = 0, left = 0] = nums;
    if (bottom - top <= 1 || right - left <= 1) return true;
  }
  return clipPathEmpty(get('clip-path'));
}

/**
 * Whether a `clip-path` leaves nothing: an inset whose opposite sides meet (`inset(50%)`, `inset(0 0 100% 0)`),
 * a circle or ellipse of radius 0, a polygon without area. Shapes we cannot measure show.
 */
export function clipPathEmpty(path: string): boolean {
  const m = /^(inset|circle|ellipse|polygon)\((.*)\)/.exec(path.trim());
  if (!m) return false;
  const args = (m[2] ?? '').split(/\s+round\s+/)[0] ?? '';
  // A radius of 0 (an ellipse's either radius): `circle(0)`, `ellipse(0 40%)`, `ellipse(40% 0 at …)`.
  const radii =
    args
      .split(/\s+at\s+/)[0]
      ?.trim()
      .split(/\s+/) ?? [];
  if (m[1] === 'circle' || m[1] === 'ellipse') return radii.some((r) => px(r, { percentOf: 100 }) === 0);
  if (m[1] === 'inset') {
    const side = args
      .trim()
      .split(/\s+/)
      .map((v) => (/%$/.test(v) ? Number.parseFloat(v) : px(v) === 0 ? 0 : null));
    const [top = null, right = top, bottom = top, left = right] = side;
    return (
      (top !== null && bottom !== null && top + bottom >= 100) ||
      (left !== null && right !== null && left + right >= 100)
    );
  }
  // polygon: the shoelace area of its points, where every coordinate is a plain length or percentage.
  const points = args
    .replace(/^\s*(?:nonzero|evenodd)\s*,/, '')
    .split(',')
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((v) => px(v, { percentOf: 100 })),
    );
  if (points.some((p) => p.length !== 2 || p.some((v) => v === null))) return false;
  let area = 0;
  points.forEach(([x1 = 0, y1 = 0], i) => {
    const [x2 = 0, y2 = 0] = points[(i + 1) % points.length] ?? [];
    area += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number);
  });
  return Math.abs(area) / 2 < 1;
}

export const OVERFLOW_CLIPS = /^(?:hidden|clip)/;

/** A length that is zero in any unit: `0`, `0px`, `0.0em`, `0%`. */
export const isZeroLength = (value: string): boolean => /^\s*0*\.?0+(?:px|em|rem|%)?\s*$/i.test(value);

/** A box no bigger than a pixel that clips what it holds (pattern 7). */
export function zeroBox(get: StyleGetter): boolean {
  const clips =
    OVERFLOW_CLIPS.test(get('overflow')) ||
    OVERFLOW_CLIPS.test(get('overflow-y')) ||
    OVERFLOW_CLIPS.test(get('overflow-x'));
  if (!clips) return false;
  const tiny = (p: string) => {
    const n = px(get(p));
    return n !== null && n <= 1;
  };
  return tiny('height') || tiny('max-height') || tiny('width') || tiny('max-width');
}

/**
 * Opacity or visibility that a script is about to animate away: fade-in on load or scroll (pattern 6's
 * look-alikes — AOS, WOW.js, ScrollReveal park content at opacity 0 or visibility hidden until revealed).
 */
export function isRevealAnimation(el: Element, get: StyleGetter): boolean {
  const transition = get('transition-property') || get('transition');
  if (/\b(?:opacity|all|visibility)\b/.test(transition) && !/^0s?\b/.test(get('transition-duration') || '1s'))
    return true;
  const animation = get('animation-name') || get('animation');
  if (animation && animation !== 'none' && !/^none\b/.test(animation)) return true;
  if (
    el.hasAttribute('data-aos') ||
    el.hasAttribute('data-sal') ||
    el.hasAttribute('data-scroll') ||
    el.hasAttribute('data-animate')
  )
    return true;
  return /(?:^|\s)(?:wow|aos-\S+|reveal|fade\S*|animate\S*|lazy\S*|sr-\S*reveal\S*)(?:\s|$)/i.test(
    el.getAttribute('class') ?? '',
  );
}

/**
 * How big a box's content is, estimated from its text where there is no layout (static.ts); the live path
 * reads the box itself. Generous on purpose: a box is called off the page only when even this much of it is.
 */
export interface Extent {
  width: number;
  height: number;
}

/**
 * Whether the element's own offsets, margins or transform move its whole box off the page (pattern 3): left of
 * or above the page's origin, where nobody can scroll. Where the offsets are measured from the page itself
 * (`anchored`: a fixed box, or an absolute one with no positioned ancestor), the distance is weighed against the
 * box's own size (a declared width or height, else `extent`), so `top:-300px` parks a one-line block of links as
 * surely as `left:-9999px` parks anything. Measured from a box somewhere down the page, or without a size, only
 * the far cut-off (FAR_OFFSET_PX) says so; a relatively positioned box must move by more than the screen's width.
 */
export function parkedByStyle(get: StyleGetter, extent?: Extent, anchored = false): boolean {
  const position = get('position');
  const absolute = position === 'absolute' || position === 'fixed';
  const screen = ASSUMED_SCREEN;
  const declaredWidth = px(get('width'), { percentOf: screen.width });
  const declaredHeight = px(get('height'), { percentOf: screen.height });
  const width = declaredWidth ?? extent?.width ?? null;
  const height = declaredHeight ?? extent?.height ?? null;
  const far = (offset: number | null) => offset !== null && offset <= FAR_OFFSET_PX;
  const gone = (offset: number | null, size: number | null) =>
    offset !== null && size !== null && offset + Math.max(size, 0) <= 0;
  if (absolute) {
    const left = px(get('left'), { percentOf: screen.width });
    const top = px(get('top'), { percentOf: screen.height });
    if (far(left) || far(top) || (anchored && (gone(left, width) || gone(top, height)))) return true;
    // `right`/`bottom` push the other way. Past the far edge the page grows to hold the box and a reader can
    // scroll to it (the live path asks layout); past the near edge the whole box is gone.
    const right = px(get('right'), { percentOf: screen.width });
    const bottom = px(get('bottom'), { percentOf: screen.height });
    if (anchored && left === null && right !== null && width !== null && screen.width - right <= 0) return true;
    if (position === 'fixed' && top === null && bottom !== null && height !== null && screen.height - bottom <= 0)
      return true;
  } else if (position === 'relative' || position === 'sticky') {
    if (gone(px(get('left'), { percentOf: screen.width }), screen.width)) return true;
    if (gone(-(px(get('right'), { percentOf: screen.width }) ?? 0), screen.width)) return true;
  }
  // A far negative margin parks a box unless padding gives the distance back (the full-bleed background trick
  // `margin:0 -9999px; padding:0 9999px` keeps its content in place).
  const parked = (margin: string, padding: string) =>
    isFar(get(margin)) && -(px(get(margin)) ?? 0) > (px(get(padding)) ?? 0);
  if (parked('margin-left', 'padding-left') || parked('margin-top', 'padding-top')) return true;
  const shift = transformShift(fullTransform(get));
  if (!shift) return false;
  // A box on the screen ends by its right edge: shifted left by more than the screen's width, none of it shows.
  return far(shift.x) || far(shift.y) || gone(shift.x, screen.width);
}

/** A transform that shrinks the box to nothing (`scale(0)`, a zero matrix): nothing of it is painted. */
export function scaledAway(get: StyleGetter): boolean {
  const shift = transformShift(fullTransform(get));
  return shift !== null && shift.scale <= 0.05;
}

/**
 * Whether the first line is indented out of sight: far to the left (image replacement abused, pattern 10), or
 * far to the right of a box that clips its overflow and does not wrap.
 */
export function indentedAway(get: StyleGetter): boolean {
  const n = px(get('text-indent'));
  if (n !== null && n <= FAR_OFFSET_PX) return true; // isFar, with the length read once
  return (
    n !== null &&
    n >= -FAR_OFFSET_PX &&
    get('white-space').startsWith('nowrap') &&
    OVERFLOW_CLIPS.test(get('overflow') || get('overflow-x'))
  );
}

/**
 * Why an element's own style keeps it from being rendered, or null: `display: none`, `content-visibility:
 * hidden` (laid out, contents skipped, as `hidden=until-found` does — a reveal method), `visibility` unless a
 * script is about to reveal it. Visibility must be the element's own (a caller reading computed style passes ''
 * when the value is merely inherited).
 */
export function collapsedBy(el: Element, get: StyleGetter): Collapse | null {
  if (get('display') === 'none' || get('content-visibility') === 'hidden') return 'display';
  const visibility = get('visibility');
  if ((visibility === 'hidden' || visibility === 'collapse') && !isRevealAnimation(el, get)) return 'visibility';
  return null;
}

/** Why an element's own style paints its box where no reader sees it (see parkedByStyle for `extent`, `anchored`), or null. */
export function displacedBy(get: StyleGetter, extent?: Extent, anchored = false): Displacement | null {
  if (parkedByStyle(get, extent, anchored)) return 'offscreen';
  if (indentedAway(get)) return 'indent';
  if (clipsAway(get)) return 'clip';
  if (zeroBox(get) || scaledAway(get)) return 'zero-size';
  return null;
}

/**
 * Why an element is hidden by its own style, or null: collapsed, made transparent, or displaced. font-size and
 * colour depend on inheritance and text placement and are decided with the rest of the model (rendering.ts).
 */
export function ownHidingReason(el: Element, get: StyleGetter, extent?: Extent, anchored = false): string | null {
  const collapse = collapsedBy(el, get);
  if (collapse) return collapse;
  const opacity = get('opacity');
  const filter = get('filter');
  const fade = (opacity ? opacityValue(opacity) : 1) * (filter && filter !== 'none' ? filterOpacity(filter) : 1);
  if (fade <= 0.01 && !isRevealAnimation(el, get)) return 'opacity';
  return displacedBy(get, extent, anchored);
}

/** An `opacity` value as a number: `0.4`, `40%`; 1 when unreadable. */
export function opacityValue(value: string): number {
  const v = value.trim();
  const n = v.endsWith('%') ? Number.parseFloat(v) / 100 : Number(v);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
}

/**
 * Content of a closed `<details>` other than its summary: not rendered until the reader opens it. Named so that
 * keep.ts can keep it (hidden:kept): the reader will want it, and both paths then agree with what is painted.
 */
export function inClosedDetails(el: Element): boolean {
  const parent = el.parentElement;
  return (
    parent !== null && parent.localName === 'details' && !parent.hasAttribute('open') && el.localName !== 'summary'
  );
}

/** Whether a font-size value makes text invisible: 0 in any unit (pattern 8). */
export const isZeroFontSize = (value: string): boolean => /^\s*0(?:\.0*)?(?:px|em|rem|pt|%)?\s*$/i.test(value);

/**
 * Below this size (px) glyphs are specks a reader cannot read: `font-size:1px` hides text as surely as 0. A
 * caption at 9–11 px is small but read; nothing between 4 and 9 px is written for reading either.
 */
export const MIN_READABLE_FONT_PX = 4;

/** The keyword sizes, in px at the default 16 px medium. */
const FONT_KEYWORDS: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

/** Whether a declared font-size is a share of the parent's (em, %, ex, ch, smaller, larger): it compounds. */
export const isRelativeFontSize = (value: string): boolean =>
  /^\s*(?:[\d.]+\s*(?:em|%|ex|ch)|smaller|larger)\s*(?:!important)?\s*$/i.test(value);

/** A declared font-size in px given the parent's size, or null when unknown (then it is taken as readable). */
export function fontSizePx(value: string, parentPx: number): number | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/\s*!important$/, '');
  if (v in FONT_KEYWORDS) return FONT_KEYWORDS[v] ?? null;
  if (v === 'smaller') return parentPx / 1.2;
  if (v === 'larger') return parentPx * 1.2;
  if (v === 'inherit' || v === 'unset') return parentPx;
  return px(v, { fontSize: parentPx, percentOf: parentPx });
}

/** Whether text of this computed or estimated size is too small to read (pattern 8). */
export const isUnreadableFontSize = (sizePx: number | null): boolean =>
  sizePx !== null && sizePx < MIN_READABLE_FONT_PX;
