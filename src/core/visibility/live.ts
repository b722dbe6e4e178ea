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
 * Then foreign frames laid fixed over the viewport (spam/overlay.ts, pattern 13), as `spam:overlay` verdicts.
 * A hidden element's verdict covers its subtree; one that holds the article (keep.ts) is `hidden:kept` and
 * the walk goes on inside it, judging descendants by their own causes only.
 */
import type { Verdicts } from '../types.js';
import { elementsInTreeOrder } from './elements.js';
import { clipsAway, FAR_OFFSET_PX, inClosedDetails, indentedAway, isRevealAnimation, isUnreadableFontSize, ownHidingReason, parkedByStyle, zeroBox, type StyleGetter } from './hiding.js';
import { everyTextParent, pageText, readableLength } from './text-holders.js';
import { keepContext, shouldKeepHidden } from './keep.js';
import { contrast, fadedAway, INVISIBLE_CONTRAST, parseColour, WHITE, type Rgba } from './colour.js';
import { liveOverlays, OVERLAY } from '../spam/overlay.js';

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

/**
 * Whether the box lies wholly outside the part of the page a reader can scroll to (pattern 3). Left of and above
 * the page's origin nothing can be scrolled to, however near: a box there is parked. A fixed box never scrolls,
 * so outside the viewport is as far. Past the right and bottom edges the page grows to hold a box unless
 * something clips it, so only a positioned box parked far beyond them counts (alfa PR#616's cut-off).
 */
function outsideDocument(rect: DOMRect, positioned: boolean, page: Page, fixed = false): boolean {
  if (fixed && ((rect.right <= 0 && rect.left < 0) || (rect.bottom <= 0 && rect.top < 0)
    || rect.left >= page.win.innerWidth || rect.top >= page.win.innerHeight)) return true;
  const left = rect.left + page.scrollX;
  const top = rect.top + page.scrollY;
  const right = rect.right + page.scrollX;
  const bottom = rect.bottom + page.scrollY;
  if ((right <= 0 && left < 0) || (bottom <= 0 && top < 0)) return true;
  return positioned && (left >= page.width - FAR_OFFSET_PX || top >= page.height - FAR_OFFSET_PX);
}

/** A rectangle in page coordinates: what an overflow-clipping ancestor lets show. */
type Clip = { left: number; top: number; right: number; bottom: number } | null;

const OVERFLOW_CLIPS = /hidden|clip|scroll|auto/;

function intersect(a: Clip, b: Clip): Clip {
  if (!a) return b;
  if (!b) return a;
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/**
 * What the element's ancestors' overflow leaves of its box: an element wholly outside its clipping ancestors
 * (a paragraph pushed below a 20-pixel box that hides its overflow) is painted nowhere. Overflow clips in-flow
 * descendants; an absolutely positioned one only where the clipping box is, or contains, its containing block;
 * a fixed one escapes all (transformed ancestors aside: unknown, so it is never clipped here).
 */
class Clips {
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
    const applied = position === 'fixed' ? null
      : position === 'absolute' ? (parent ? this.forAbsolute.get(parent) ?? null : null)
        : (parent ? this.inFlow.get(parent) ?? null : null);
    const overflowX = cs.overflowX;
    let own: Clip = null;
    if (overflowX !== 'visible') {
      const x = OVERFLOW_CLIPS.test(overflowX);
      const y = OVERFLOW_CLIPS.test(cs.overflowY);
      if (x || y) {
        own = {
          left: x ? rect.left + page.scrollX : -Infinity, right: x ? rect.right + page.scrollX : Infinity,
          top: y ? rect.top + page.scrollY : -Infinity, bottom: y ? rect.bottom + page.scrollY : Infinity,
        };
      }
    }
    const inside = own ? intersect(applied, own) : applied;
    if (inside) this.inFlow.set(el, inside);
    const forAbsolute = position !== 'static' ? inside : parent ? this.forAbsolute.get(parent) ?? null : null;
    if (forAbsolute) this.forAbsolute.set(el, forAbsolute);
    return applied;
  }
}

/**
 * Whether the element's own text could sit somewhere other than its box suggests: the box reaches past the page's
 * origin (a negative margin or shift moved it partly off), or it clips its overflow and indents its first line.
 * Only then are the glyphs themselves measured (ownTextOutside): a range per text node is not free.
 */
function textMayBeOut(rect: DOMRect, cs: CSSStyleDeclaration, page: Page): boolean {
  if (rect.left + page.scrollX < 0 || rect.top + page.scrollY < 0) return true;
  return OVERFLOW_CLIPS.test(cs.overflowX) && parseFloat(cs.textIndent) < 0;
}

/** The clip the element's own text gets: its ancestors', and its own box when it clips its overflow. */
function clipOfOwnText(clip: Clip, cs: CSSStyleDeclaration, rect: DOMRect, page: Page): Clip {
  if (!OVERFLOW_CLIPS.test(cs.overflowX) && !OVERFLOW_CLIPS.test(cs.overflowY)) return clip;
  return intersect(clip, { left: rect.left + page.scrollX, top: rect.top + page.scrollY, right: rect.right + page.scrollX, bottom: rect.bottom + page.scrollY });
}

/**
 * Whether every line of the element's own text is painted where no reader sees it: left of or above the page, or
 * outside what clips it. The glyphs' own boxes, not the element's: a block pulled 2,000 px left by its margin
 * still reaches into the page, while its one line of text starts, and ends, far off it.
 */
function ownTextOutside(el: Element, clip: Clip, page: Page): boolean {
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
      const clipped = clip !== null && (Math.min(right, clip.right) - Math.max(left, clip.left) <= 0.5 || Math.min(bottom, clip.bottom) - Math.max(top, clip.top) <= 0.5);
      if (!off && !clipped) return false;
    }
  }
  return lines > 0;
}

/** Whether a box with area is painted nowhere: wholly outside what its clipping ancestors let show. */
function clippedAway(rect: DOMRect, clip: Clip, page: Page): boolean {
  if (!clip || rect.width * rect.height === 0) return false;
  const left = rect.left + page.scrollX;
  const top = rect.top + page.scrollY;
  const w = Math.min(rect.right + page.scrollX, clip.right) - Math.max(left, clip.left);
  const h = Math.min(rect.bottom + page.scrollY, clip.bottom) - Math.max(top, clip.top);
  return w <= 0.5 || h <= 0.5;
}

/** Text colour invisible against the first opaque background up the tree (pattern 9). */
class Backgrounds {
  private readonly colours = new Map<Element, Rgba | null>();
  /** Elements that paint an opaque background colour of their own. */
  private readonly opaque = new Set<Element>();
  private readonly painted = new Map<Element, boolean>();
  constructor(private readonly win: Window, private readonly parse: (value: string) => Rgba | null) {}

  /**
   * The colour behind `el`'s text, or null when an unknown colour paints it. Background images are not read
   * here (a second style read for every element): `paintedOver` checks them for the few texts whose colour
   * matches this background.
   */
  of(el: Element | null): Rgba | null {
    if (!el) return WHITE; // the canvas
    const known = this.colours.get(el);
    if (known !== undefined) return known;
    const value = this.win.getComputedStyle(el).backgroundColor;
    const colour = this.parse(value);
    const own = colour !== null && colour[3] >= 0.5;
    if (own) this.opaque.add(el);
    const result = !colour && value ? null : own ? colour : this.of(el.parentElement);
    this.colours.set(el, result);
    return result;
  }

  /** Whether an image or gradient paints between `el`'s text and the colour `of(el)` found. */
  paintedOver(el: Element): boolean {
    for (let at: Element | null = el; at; at = at.parentElement) {
      let image = this.painted.get(at);
      if (image === undefined) {
        const value = this.win.getComputedStyle(at).backgroundImage;
        this.painted.set(at, (image = Boolean(value) && value !== 'none'));
      }
      if (image) return true;
      if (this.opaque.has(at)) return false; // the opaque colour found: nothing further up shows
    }
    return false;
  }
}

/**
 * Whether a text colour all but vanishes against a background. Pages paint most text in a handful of colours
 * over a handful of backgrounds, so each colour is parsed once and each pair compared once.
 */
class Legibility {
  private readonly colours = new Map<string, Rgba | null>();
  private readonly pairs = new Map<Rgba, Map<Rgba, boolean>>();

  /** parseColour, once per distinct value (the same objects come back, so pairs can be remembered). */
  readonly parse = (value: string): Rgba | null => {
    let colour = this.colours.get(value);
    if (colour === undefined) this.colours.set(value, (colour = parseColour(value)));
    return colour;
  };

  /** Whether opaque-enough text of colour `fg` cannot be told from `bg`; null (unknown background) never hides. */
  invisible(fg: Rgba, bg: Rgba | null): boolean {
    if (bg === null) return false;
    let byBackground = this.pairs.get(fg);
    if (!byBackground) this.pairs.set(fg, (byBackground = new Map()));
    let answer = byBackground.get(bg);
    if (answer === undefined) byBackground.set(bg, (answer = contrast(fg, bg) < INVISIBLE_CONTRAST));
    return answer;
  }
}

function invisibleColour(el: Element, cs: CSSStyleDeclaration, backgrounds: Backgrounds, legibility: Legibility): boolean {
  const fg = legibility.parse(cs.color);
  if (!fg) return false;
  // Colour first: nearly all text is legible, and the exceptions below cost four style reads per element.
  // Transparent text is invisible on anything; other text only where no image paints behind it.
  if (fg[3] !== 0 && (!legibility.invisible(fg, backgrounds.of(el)) || backgrounds.paintedOver(el))) return false;
  // Outlined, shadowed and gradient-clipped text is visible whatever its fill.
  if ((cs.textShadow && cs.textShadow !== 'none') || /text/.test(cs.getPropertyValue('background-clip') + cs.getPropertyValue('-webkit-background-clip'))) return false;
  const stroke = parseFloat(cs.getPropertyValue('-webkit-text-stroke-width'));
  return !(stroke > 0);
}

/**
 * Whether text faded to `opacity` (the product along its ancestors) no longer stands out from the background
 * it sits on: the real colours where they are known, black on white (the most legible) where they are not.
 */
function fadedOut(el: Element, cs: CSSStyleDeclaration, opacity: number, backgrounds: Backgrounds, legibility: Legibility): boolean {
  if (opacity <= 0.01) return true;
  const fg = legibility.parse(cs.color);
  const bg = backgrounds.of(el);
  if (!fg || !bg || backgrounds.paintedOver(el)) return fadedAway(opacity);
  return fadedAway(opacity, fg, bg);
}

/**
 * Why a box that checkVisibility calls visible is hidden all the same, or null: `ownHidingReason` for a box
 * that layout has placed. Where it is is read from the box (the geometry checks in liveVerdicts), so the style
 * that parks a box is read only to name a box that is also indented, clipped or crushed, as ownHidingReason
 * would; the common visible box costs three or four style reads instead of a dozen.
 */
function visibleBoxReason(get: StyleGetter, rect: DOMRect, page: Page): string | null {
  let reason: string | null = null;
  if (indentedAway(get)) reason = 'indent';
  else if (clipsAway(get)) reason = 'clip';
  // A clipping box at most a pixel thick: only then are its overflow and size worth reading.
  else if ((rect.width <= 1.5 || rect.height <= 1.5) && zeroBox(get)) reason = 'zero-size';
  if (reason && parkedByStyle(get)) return outsideDocument(rect, true, page) ? 'offscreen' : null;
  return reason;
}

export function liveVerdicts(doc: Document, win: Window): Verdicts {
  const verdicts: Verdicts = new Map();
  const root = doc.documentElement;
  if (!root) return verdicts;
  const elements = elementsInTreeOrder(doc);
  const { holders, ownText: withOwnText, length: bodyText } = pageText(doc);
  const ctx = keepContext(doc, bodyText, elements);
  const body = doc.body;
  const page: Page = {
    win,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    width: Math.max(root.scrollWidth, body?.scrollWidth ?? 0, win.innerWidth),
    height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0, win.innerHeight),
  };
  const legibility = new Legibility();
  const backgrounds = new Backgrounds(win, legibility.parse);
  const colourHidden: Array<[number, Element]> = [];
  const style = (el: Element) => win.getComputedStyle(el);
  const visOptions = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false };
  const canCheck = typeof root.checkVisibility === 'function';

  const clips = new Clips();
  /** Opacity multiplied down the tree (reveal animations count as shown): text fades with every box it sits in. */
  const opacity = new Map<Element, number>();
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
    const visible = canCheck && el.checkVisibility(visOptions);
    let position: string | undefined;
    const get = (p: string): string => {
      if (p === 'position') return (position ??= cs.position);
      if (p === 'visibility') {
        const v = cs.visibility;
        if (v !== 'hidden' && v !== 'collapse') return v;
        return el.parentElement && style(el.parentElement).visibility !== 'visible' ? '' : v;
      }
      return cs.getPropertyValue(p);
    };
    let reason: string | null = el.hasAttribute('hidden') ? 'attribute' : null;
    const rect = el.getBoundingClientRect();
    position = cs.position;
    const clip = clips.enter(el, cs, position, rect, page);
    const ownOpacity = Number(cs.opacity);
    const parentOpacity = (el.parentElement && opacity.get(el.parentElement)) ?? 1;
    const faded = parentOpacity * (ownOpacity < 1 && !isRevealAnimation(el, get) ? ownOpacity : 1);
    if (faded < 1) opacity.set(el, faded);
    // A marquee's own UA style clips, so its 1-pixel size would read as zero-size: name it for what it is.
    if (!reason && el.localName === 'marquee' && (rect.height <= 2 || rect.width <= 2)) reason = 'marquee';
    // A box checkVisibility sees is rendered; only a hidden one needs the full look at its own style.
    reason ??= visible ? visibleBoxReason(get, rect, page) : ownHidingReason(el, get);
    // Hidden, yet not by anything of its own: a parent's `content-visibility: hidden` skips its contents.
    if (!reason && !visible && canCheck && (inClosedDetails(el) || (el.parentElement && style(el.parentElement).contentVisibility === 'hidden'))) reason = 'display';
    const hasBox = rect.width > 0 || rect.height > 0;
    const rendered = visible || hasBox || rect.x !== 0 || rect.y !== 0 || el.getClientRects().length > 0;
    const positioned = get('position') === 'absolute' || position === 'fixed';
    const fixed = position === 'fixed';
    // The computed offset may be compensated (padding, transforms): layout has the last word.
    if (reason === 'offscreen' && rendered && !outsideDocument(rect, true, page, fixed)) reason = null;
    if (!reason && rendered && (hasBox || cs.display !== 'contents')) {
      const ownText = withOwnText.has(el);
      const unreadable = (p: Element) => isUnreadableFontSize(parseFloat(style(p).fontSize));
      if (isUnreadableFontSize(parseFloat(cs.fontSize)) && (ownText || everyTextParent(el, unreadable))) reason = 'fontsize';
      else if (outsideDocument(rect, positioned, page, fixed)) reason = 'offscreen';
      else if (rect.width * rect.height < 4 && (ownText || /hidden|clip|scroll|auto/.test(cs.overflow + cs.overflowX + cs.overflowY))) reason = 'zero-size';
      else if (clippedAway(rect, clip, page)) reason = 'zero-size';
      else if (ownText && textMayBeOut(rect, cs, page) && ownTextOutside(el, clipOfOwnText(clip, cs, rect, page), page)) reason = 'offscreen';
      else if (faded < 0.5 && fadedOut(el, cs, faded, backgrounds, legibility)) reason = 'opacity';
      else if (ownText && invisibleColour(el, cs, backgrounds, legibility)) reason = 'colour';
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

  // A foreign page laid over the article: only layout knows it, whatever stylesheet or script placed it.
  for (const overlay of liveOverlays(doc, win)) {
    const index = elements.indexOf(overlay);
    if (index >= 0 && !verdicts.has(index)) verdicts.set(index, OVERLAY);
  }
  return verdicts;
}
