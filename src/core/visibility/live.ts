/**
 * Live visibility: what the rendered page hides from its reader, measured in the content script before the
 * page is cloned — external stylesheets, the cascade, script-hidden and script-injected blocks, layout
 * (patterns 3–11, 18). Pure: the document and its window come in as arguments; nothing is written to the
 * page, so every style and layout read after the first is served from the same layout (no thrashing).
 *
 * One walk in document order over elements that hold text or links:
 *   1-pixel marquee → checkVisibility / own display, visibility, opacity, position, clip, indent  (hiding.ts, computed values)
 *   → font-size 0 of the text's own parent → box wholly outside the document
 *   → near-zero clipping box → text the colour of its effective background.
 * A hidden element's verdict covers its subtree; one that holds the article (keep.ts) is `hidden:kept` and
 * the walk goes on inside it, judging descendants by their own causes only.
 */
import type { Verdicts } from '../types.js';
import { elementsInTreeOrder } from './elements.js';
import { FAR_OFFSET_PX, isZeroFontSize, ownHidingReason } from './hiding.js';
import { everyTextParent, hasOwnText, readableLength, textHolders } from './text-holders.js';
import { keepContext, shouldKeepHidden } from './keep.js';
import { contrast, INVISIBLE_CONTRAST, parseColour, WHITE, type Rgba } from './colour.js';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Past this share of the page's text, "same colour as the background" means we misread how it paints. */
const MAX_COLOUR_SHARE = 0.25;

interface Page {
  win: Window;
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
}

/** Whether the box lies wholly outside the document, parked far off (pattern 3; alfa PR#616's cut-off). */
function outsideDocument(rect: DOMRect, positioned: boolean, page: Page): boolean {
  const left = rect.left + page.scrollX;
  const top = rect.top + page.scrollY;
  const right = rect.right + page.scrollX;
  const bottom = rect.bottom + page.scrollY;
  // Left of or above the page only a parked box can be; static content below a collapsed container cannot.
  if ((right <= 0 && left <= FAR_OFFSET_PX) || (bottom <= 0 && top <= FAR_OFFSET_PX)) return true;
  return positioned && (left >= page.width - FAR_OFFSET_PX || top >= page.height - FAR_OFFSET_PX);
}

/** Text colour invisible against the first opaque background up the tree (pattern 9). */
class Backgrounds {
  private readonly memo = new Map<Element, Rgba | null>();
  constructor(private readonly win: Window) {}

  /** The effective background, or null when an image, gradient or unknown colour paints it. */
  of(el: Element | null): Rgba | null {
    if (!el) return WHITE; // the canvas
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    const cs = this.win.getComputedStyle(el);
    let result: Rgba | null;
    if (cs.backgroundImage && cs.backgroundImage !== 'none') result = null;
    else {
      const colour = parseColour(cs.backgroundColor);
      if (!colour && cs.backgroundColor) result = null;
      else result = colour && colour[3] >= 0.5 ? colour : this.of(el.parentElement);
    }
    this.memo.set(el, result);
    return result;
  }
}

function invisibleColour(el: Element, cs: CSSStyleDeclaration, backgrounds: Backgrounds): boolean {
  const fg = parseColour(cs.color);
  if (!fg) return false;
  // Contrast first: nearly all text is legible, and the exceptions below cost four style reads per element.
  if (fg[3] !== 0) {
    const bg = backgrounds.of(el);
    if (bg === null || contrast(fg, bg) >= INVISIBLE_CONTRAST) return false;
  }
  // Outlined, shadowed and gradient-clipped text is visible whatever its fill.
  if ((cs.textShadow && cs.textShadow !== 'none') || /text/.test(cs.getPropertyValue('background-clip') + cs.getPropertyValue('-webkit-background-clip'))) return false;
  const stroke = parseFloat(cs.getPropertyValue('-webkit-text-stroke-width'));
  return !(stroke > 0);
}

export function liveVerdicts(doc: Document, win: Window): Verdicts {
  const verdicts: Verdicts = new Map();
  const root = doc.documentElement;
  if (!root) return verdicts;
  const elements = elementsInTreeOrder(doc);
  const holders = textHolders(doc);
  const ctx = keepContext(doc);
  const body = doc.body;
  const page: Page = {
    win,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    width: Math.max(root.scrollWidth, body?.scrollWidth ?? 0, win.innerWidth),
    height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0, win.innerHeight),
  };
  const backgrounds = new Backgrounds(win);
  const colourHidden: Array<[number, Element]> = [];
  const style = (el: Element) => win.getComputedStyle(el);
  const visOptions = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false };

  let skipRoot: Element | null = null;
  elements.forEach((el, index) => {
    if (skipRoot?.contains(el)) return;
    skipRoot = null;
    if (!holders.has(el) || el === root || el === body) return;
    if (el.namespaceURI !== XHTML) {
      skipRoot = el; // SVG and MathML draw their own text
      return;
    }
    const cs = style(el);
    // checkVisibility answers display, visibility and opacity at once; only when it says "hidden" is the own
    // cause looked up (an ancestor already judged, or kept, must not be blamed again).
    // contentVisibilityAuto stays false: long articles skip rendering of off-screen sections, legitimately.
    const quick = typeof el.checkVisibility === 'function' ? el.checkVisibility(visOptions) : null;
    const get = (p: string): string => {
      if (quick === true && (p === 'display' || p === 'visibility' || p === 'opacity')) return '';
      if (p === 'visibility') {
        const v = cs.visibility;
        if (v !== 'hidden' && v !== 'collapse') return v;
        return el.parentElement && style(el.parentElement).visibility !== 'visible' ? '' : v;
      }
      return cs.getPropertyValue(p);
    };
    let reason: string | null = el.hasAttribute('hidden') ? 'attribute' : null;
    const rect = el.getBoundingClientRect();
    // A marquee's own UA style clips, so its 1-pixel size would read as zero-size: name it for what it is.
    if (!reason && el.localName === 'marquee' && (rect.height <= 2 || rect.width <= 2)) reason = 'marquee';
    reason ??= ownHidingReason(el, get);
    const rendered = rect.width > 0 || rect.height > 0 || rect.x !== 0 || rect.y !== 0 || el.getClientRects().length > 0;
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    // The computed offset may be compensated (padding, transforms): layout has the last word.
    if (reason === 'offscreen' && rendered && !outsideDocument(rect, true, page)) reason = null;
    if (!reason && rendered && cs.display !== 'contents') {
      const ownText = hasOwnText(el);
      if (isZeroFontSize(cs.fontSize) && (ownText || everyTextParent(el, (p) => isZeroFontSize(style(p).fontSize)))) reason = 'fontsize';
      else if (outsideDocument(rect, positioned, page)) reason = 'offscreen';
      else if (rect.width * rect.height < 4 && (ownText || /hidden|clip|scroll|auto/.test(cs.overflow + cs.overflowX + cs.overflowY))) reason = 'zero-size';
      else if (ownText && invisibleColour(el, cs, backgrounds)) reason = 'colour';
    }
    if (!reason) return;
    if (shouldKeepHidden(el, reason, ctx)) {
      verdicts.set(index, 'hidden:kept');
      return;
    }
    verdicts.set(index, `hidden:${reason}`);
    if (reason === 'colour') colourHidden.push([index, el]);
    skipRoot = el;
  });

  // A page that paints its background some way we do not model (a sibling image, a pseudo-element) would lose
  // its text to "colour": past a quarter of the page, trust the page and drop those verdicts.
  const colourText = colourHidden.reduce((n, [, el]) => n + readableLength(el), 0);
  if (colourText > MAX_COLOUR_SHARE * ctx.bodyText) for (const [index] of colourHidden) verdicts.delete(index);
  return verdicts;
}
