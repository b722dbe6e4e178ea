/**
 * Live geometry: where layout painted a box or its glyphs, against the page a reader can scroll and the
 * overflow of the boxes that clip it (pattern 3, 7, 10). Read by live.ts's LiveRendering.
 */
import { FAR_OFFSET_PX } from './hiding.js';

export interface Page {
  win: Window;
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
}

/**
 * Whether the box lies wholly outside the part of the page a reader can scroll to (pattern 3). Left of and above
 * the page's origin nothing can be scrolled to, however near: a box there is parked. A fixed box never scrolls,
 * so outside the viewport is as far. Past the right and bottom edges the page grows to hold a box unless
 * something clips it, so only a positioned box parked far beyond them counts (alfa PR#616's cut-off).
 */
export function outsideDocument(rect: DOMRect, positioned: boolean, page: Page, fixed = false): boolean {
  if (
    fixed &&
    ((rect.right <= 0 && rect.left < 0) ||
      (rect.bottom <= 0 && rect.top < 0) ||
      rect.left >= page.win.innerWidth ||
      rect.top >= page.win.innerHeight)
  )
    return true;
  const left = rect.left + page.scrollX;
  const top = rect.top + page.scrollY;
  const right = rect.right + page.scrollX;
  const bottom = rect.bottom + page.scrollY;
  if ((right <= 0 && left < 0) || (bottom <= 0 && top < 0)) return true;
  return positioned && (left >= page.width - FAR_OFFSET_PX || top >= page.height - FAR_OFFSET_PX);
}

/** A rectangle in page coordinates: what an overflow-clipping ancestor lets show. */
export type Clip = { left: number; top: number; right: number; bottom: number } | null;

export const OVERFLOW_CLIPS = /hidden|clip|scroll|auto/;

function intersect(a: Clip, b: Clip): Clip {
  if (!a) return b;
  if (!b) return a;
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/**
 * What the element's ancestors' overflow leaves of its box: an element wholly outside its clipping ancestors
 * (a paragraph pushed below a 20-pixel box that hides its overflow) is painted nowhere. Overflow clips in-flow
 * descendants; an absolutely positioned one only where the clipping box is, or contains, its containing block;
 * a fixed one escapes all (transformed ancestors aside: unknown, so it is never clipped here).
 */
export class Clips {
  /** The clip an element's in-flow descendants get, and the one its absolutely positioned descendants get. */
  private readonly inFlow = new Map<Element, Clip>();
  private readonly forAbsolute = new Map<Element, Clip>();

  /**
   * Records `el` and returns the clip that applies to its own box. Two style reads per element, the fewest that
   * can tell: overflow-y is read only when overflow-x is not `visible` (CSS turns a lone `visible` into `auto`,
   * so both are `visible` together but for the rare `clip` pairing). Transformed boxes that contain absolute ones
   * are not followed: such a box then gets a wider clip than it has, which can only keep text.
   */
  enter(el: Element, cs: CSSStyleDeclaration, position: string, rect: DOMRect, page: Page): Clip {
    const parent = el.parentElement;
    const applied =
      position === 'fixed'
        ? null
        : position === 'absolute'
          ? parent
            ? (this.forAbsolute.get(parent) ?? null)
            : null
          : parent
            ? (this.inFlow.get(parent) ?? null)
            : null;
    const overflowX = cs.overflowX;
    let own: Clip = null;
    if (overflowX !== 'visible') {
      const x = OVERFLOW_CLIPS.test(overflowX);
      const y = OVERFLOW_CLIPS.test(cs.overflowY);
      if (x || y) {
        own = {
          left: x ? rect.left + page.scrollX : -Infinity,
          right: x ? rect.right + page.scrollX : Infinity,
          top: y ? rect.top + page.scrollY : -Infinity,
          bottom: y ? rect.bottom + page.scrollY : Infinity,
        };
      }
    }
    const inside = own ? intersect(applied, own) : applied;
    if (inside) this.inFlow.set(el, inside);
    const forAbsolute = position !== 'static' ? inside : parent ? (this.forAbsolute.get(parent) ?? null) : null;
    if (forAbsolute) this.forAbsolute.set(el, forAbsolute);
    return applied;
  }
}

/**
 * Whether the element's own text could sit somewhere other than its box suggests: the box reaches past the page's
 * origin (a negative margin or shift moved it partly off), or it clips its overflow and indents its first line.
 * Only then are the glyphs themselves measured (ownTextOutside): a range per text node is not free.
 */
export function textMayBeOut(rect: DOMRect, cs: CSSStyleDeclaration, page: Page): boolean {
  if (rect.left + page.scrollX < 0 || rect.top + page.scrollY < 0) return true;
  return OVERFLOW_CLIPS.test(cs.overflowX) && parseFloat(cs.textIndent) < 0;
}

/** The clip the element's own text gets: its ancestors', and its own box when it clips its overflow. */
export function clipOfOwnText(clip: Clip, cs: CSSStyleDeclaration, rect: DOMRect, page: Page): Clip {
  if (!OVERFLOW_CLIPS.test(cs.overflowX) && !OVERFLOW_CLIPS.test(cs.overflowY)) return clip;
  return intersect(clip, {
    left: rect.left + page.scrollX,
    top: rect.top + page.scrollY,
    right: rect.right + page.scrollX,
    bottom: rect.bottom + page.scrollY,
  });
}

/**
 * Whether every line of the element's own text is painted where no reader sees it: left of or above the page, or
 * outside what clips it. The glyphs' own boxes, not the element's: a block pulled 2,000 px left by its margin
 * still reaches into the page, while its one line of text starts, and ends, far off it.
 */
export function ownTextOutside(el: Element, clip: Clip, page: Page): boolean {
  const doc = el.ownerDocument;
  let lines = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3 || !/\S/.test(n.nodeValue ?? '')) continue;
    const range = doc.createRange();
    range.selectNodeContents(n);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width === 0 && r.height === 0) continue;
      lines++;
      const left = r.left + page.scrollX;
      const top = r.top + page.scrollY;
      const right = r.right + page.scrollX;
      const bottom = r.bottom + page.scrollY;
      const off = right <= 0 || bottom <= 0;
      const clipped =
        clip !== null &&
        (Math.min(right, clip.right) - Math.max(left, clip.left) <= 0.5 ||
          Math.min(bottom, clip.bottom) - Math.max(top, clip.top) <= 0.5);
      if (!off && !clipped) return false;
    }
  }
  return lines > 0;
}

/** Whether a box with area is painted nowhere: wholly outside what its clipping ancestors let show. */
export function clippedAway(rect: DOMRect, clip: Clip, page: Page): boolean {
  if (!clip || rect.width * rect.height === 0) return false;
  const left = rect.left + page.scrollX;
  const top = rect.top + page.scrollY;
  const w = Math.min(rect.right + page.scrollX, clip.right) - Math.max(left, clip.left);
  const h = Math.min(rect.bottom + page.scrollY, clip.bottom) - Math.max(top, clip.top);
  return w <= 0.5 || h <= 0.5;
}
