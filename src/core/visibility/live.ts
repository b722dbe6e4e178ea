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
import { clipsAway, FAR_OFFSET_PX, isFar, isZeroFontSize, ownHidingReason, parkedByStyle, zeroBox, type StyleGetter } from './hiding.js';
import { everyTextParent, pageText, readableLength } from './text-holders.js';
import { keepContext, shouldKeepHidden } from './keep.js';
import { contrast, INVISIBLE_CONTRAST, parseColour, WHITE, type Rgba } from './colour.js';
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
 * Why a box that checkVisibility calls visible is hidden all the same, or null: `ownHidingReason` for a box
 * that layout has placed. Where it is is read from the box (the geometry checks in liveVerdicts), so the style
 * that parks a box is read only to name a box that is also indented, clipped or crushed, as ownHidingReason
 * would; the common visible box costs three or four style reads instead of a dozen.
 */
function visibleBoxReason(get: StyleGetter, rect: DOMRect, page: Page): string | null {
  let reason: string | null = null;
  if (isFar(get('text-indent'))) reason = 'indent';
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
    // A marquee's own UA style clips, so its 1-pixel size would read as zero-size: name it for what it is.
    if (!reason && el.localName === 'marquee' && (rect.height <= 2 || rect.width <= 2)) reason = 'marquee';
    // A box checkVisibility sees is rendered; only a hidden one needs the full look at its own style.
    reason ??= visible ? visibleBoxReason(get, rect, page) : ownHidingReason(el, get);
    const hasBox = rect.width > 0 || rect.height > 0;
    const rendered = visible || hasBox || rect.x !== 0 || rect.y !== 0 || el.getClientRects().length > 0;
    const positioned = get('position') === 'absolute' || position === 'fixed';
    // The computed offset may be compensated (padding, transforms): layout has the last word.
    if (reason === 'offscreen' && rendered && !outsideDocument(rect, true, page)) reason = null;
    if (!reason && rendered && (hasBox || cs.display !== 'contents')) {
      const ownText = withOwnText.has(el);
      if (isZeroFontSize(cs.fontSize) && (ownText || everyTextParent(el, (p) => isZeroFontSize(style(p).fontSize)))) reason = 'fontsize';
      else if (outsideDocument(rect, positioned, page)) reason = 'offscreen';
      else if (rect.width * rect.height < 4 && (ownText || /hidden|clip|scroll|auto/.test(cs.overflow + cs.overflowX + cs.overflowY))) reason = 'zero-size';
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
