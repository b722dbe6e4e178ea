/**
 * The hiding properties, decided from one element's own style — the shared vocabulary of static verdicts
 * (declared values from inline style and the page's `<style>` rules) and live verdicts (computed values).
 * Reasons are the `detail` of `hidden:<detail>` (see audit.ts). Numbers cite the pattern table.
 */

/** Reads a property of one element: declared (static) or computed (live); '' when unset. */
export type StyleGetter = (property: string) => string;

/** Past this many pixels off the page an element is parked, not slid in (patterns 3, 10; alfa PR#616). */
export const FAR_OFFSET_PX = -999;

/** A CSS length in px, or null for keywords, percentages and anything unparsed. */
export function px(value: string): number | null {
  const m = /^\s*(-?\d*\.?\d+)(px|em|rem|pt)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  if (unit === 'em' || unit === 'rem') return n * 16;
  if (unit === 'pt') return n * (4 / 3);
  return unit === 'px' || n === 0 ? n : null;
}

export const isFar = (value: string): boolean => {
  const n = px(value);
  return n !== null && n <= FAR_OFFSET_PX;
};

/** `transform: translate(-9999px)` / `translateX(-9999px)` parks a box as surely as `left` (pattern 3). */
const FAR_TRANSLATE = /translate(?:x|3d)?\(\s*-(?:9{3}|\d{4,})(?:\.\d+)?px/i;

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
  const path = get('clip-path');
  if (/^inset\(\s*(?:50|[6-9]\d|100)(?:\.\d+)?%/.test(path)) return true;
  return /^circle\(\s*0(?:px|%)?\s*[)\s]/.test(path);
}

const OVERFLOW_CLIPS = /^(?:hidden|clip)/;

/** A box no bigger than a pixel that clips what it holds (pattern 7). */
export function zeroBox(get: StyleGetter): boolean {
  const clips = OVERFLOW_CLIPS.test(get('overflow')) || OVERFLOW_CLIPS.test(get('overflow-y')) || OVERFLOW_CLIPS.test(get('overflow-x'));
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
  if (/\b(?:opacity|all|visibility)\b/.test(transition) && !/^0s?\b/.test(get('transition-duration') || '1s')) return true;
  const animation = get('animation-name') || get('animation');
  if (animation && animation !== 'none' && !/^none\b/.test(animation)) return true;
  if (el.hasAttribute('data-aos') || el.hasAttribute('data-sal') || el.hasAttribute('data-scroll') || el.hasAttribute('data-animate')) return true;
  return /(?:^|\s)(?:wow|aos-\S+|reveal|fade\S*|animate\S*|lazy\S*|sr-\S*reveal\S*)(?:\s|$)/i.test(el.getAttribute('class') ?? '');
}

/** Whether the element's own offsets, margins or transform park its box far off the page (pattern 3). */
export function parkedByStyle(get: StyleGetter): boolean {
  const position = get('position');
  if ((position === 'absolute' || position === 'fixed')
    && (isFar(get('left')) || isFar(get('top')) || isFar(get('right')) || isFar(get('bottom')))) return true;
  // A far negative margin parks a box unless padding gives the distance back (the full-bleed background trick
  // `margin:0 -9999px; padding:0 9999px` keeps its content in place).
  const parked = (margin: string, padding: string) => isFar(get(margin)) && -(px(get(margin)) ?? 0) > (px(get(padding)) ?? 0);
  return parked('margin-left', 'padding-left') || parked('margin-top', 'padding-top') || FAR_TRANSLATE.test(get('transform'));
}

/**
 * Why an element is hidden by its own style, or null. Visibility must be the element's own (a caller
 * reading computed style passes '' when the value is merely inherited). font-size and colour depend on
 * inheritance and text placement and are decided by the callers.
 */
export function ownHidingReason(el: Element, get: StyleGetter): string | null {
  if (get('display') === 'none') return 'display';
  const visibility = get('visibility');
  if ((visibility === 'hidden' || visibility === 'collapse') && !isRevealAnimation(el, get)) return 'visibility';
  const opacity = get('opacity');
  if (opacity && Number(opacity) <= 0.01 && !isRevealAnimation(el, get)) return 'opacity';
  if (parkedByStyle(get)) return 'offscreen';
  if (isFar(get('text-indent'))) return 'indent';
  if (clipsAway(get)) return 'clip';
  if (zeroBox(get)) return 'zero-size';
  return null;
}

/** Whether a font-size value makes text invisible: 0 in any unit (pattern 8). */
export const isZeroFontSize = (value: string): boolean => /^\s*0(?:\.0*)?(?:px|em|rem|pt|%)?\s*$/i.test(value);
