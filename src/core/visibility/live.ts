/**
 * Live visibility: what the rendered page hides from its reader, measured in the content script before the
 * page is cloned — external stylesheets, the cascade, script-hidden and script-injected blocks, layout
 * (patterns 3–11, 18). Pure: the document and its window come in as arguments; nothing is written to the
 * page, so every style and layout read after the first is served from the same layout (no thrashing).
 *
 * It fills the model of rendering.ts (LiveRendering) from checkVisibility, computed style and layout, and
 * leaves the decision to it and the shared walk (walk.ts), as static.ts does from the cascade. Then foreign
 * frames laid fixed over the viewport (spam/overlay.ts, pattern 13), as `spam:overlay` verdicts.
 */
import type { Verdicts } from '../types.js';
import {
  clipsAway,
  filterOpacity,
  inClosedDetails,
  indentedAway,
  isRevealAnimation,
  ownHidingReason,
  parkedByStyle,
  px,
  zeroBox,
  type StyleGetter,
} from './hiding.js';
import { pageText } from './text-holders.js';
import { keepContext } from './keep.js';
import { Backgrounds, invisibleColour, Legibility, textFill } from './live-paint.js';
import {
  clipOfOwnText,
  clippedAway,
  Clips,
  outsideDocument,
  OVERFLOW_CLIPS,
  ownTextOutside,
  textMayBeOut,
  type Clip,
  type Page,
} from './live-geometry.js';
import type { Collapse, Displacement, Ink, Rendering } from './rendering.js';
import { walkVerdicts } from './walk.js';
import { liveOverlays, OVERLAY } from '../spam/overlay.js';
import type { Budget } from '../budget.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Why a box that checkVisibility calls visible is hidden all the same, or null: `ownHidingReason` for a box
 * that layout has placed. Where it is is read from the box (the geometry checks in liveVerdicts), so the style
 * that parks a box is read only to name a box that is also indented, clipped or crushed, as ownHidingReason
 * would; the common visible box costs three or four style reads instead of a dozen.
 */
function visibleBoxReason(get: StyleGetter, rect: DOMRect, page: Page): Displacement | null {
  let reason: Displacement | null = null;
  // Indented right past a box that does not wrap: hidden only where the box is narrower than the indent (a
  // table cell grows to hold the line).
  if (indentedAway(get)) {
    const indent = px(get('text-indent')) ?? 0;
    if (!(indent > 0 && indent < rect.width - 8)) reason = 'indent';
  } else if (clipsAway(get)) reason = 'clip';
  // A clipping box at most a pixel thick: only then are its overflow and size worth reading.
  else if ((rect.width <= 1.5 || rect.height <= 1.5) && zeroBox(get)) reason = 'zero-size';
  if (reason && parkedByStyle(get)) return outsideDocument(rect, true, page) ? 'offscreen' : null;
  return reason;
}

/** What the walk has read of the element it is judging: its computed style, its box, and what applies to it. */
interface Current {
  el: Element;
  cs: CSSStyleDeclaration;
  get: StyleGetter;
  rect: DOMRect;
  /** checkVisibility's answer: display, visibility and opacity at once. */
  visible: boolean;
  position: string;
  /** What its ancestors' overflow lets show. */
  clip: Clip;
  /** Its opacity times its ancestors'. */
  opacity: number;
  /** Layout placed a box for it (not `display: contents` without one): only then do geometry, size and paint tell. */
  laidOut: boolean;
  /** Its own style's cause, read only when checkVisibility says hidden. */
  hiddenBy: string | null;
}

/** The product of `zoom` along the element's ancestors (`currentCSSZoom`: Chromium 128+, Firefox 126+; 1 before). */
const effectiveZoom = (el: Element): number => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;

const VIS_OPTIONS = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false };

/**
 * The model (rendering.ts) as the live page fills it: checkVisibility, computed style and layout. Each element
 * is read once, when the walk first asks about it (`at`): the walk judges elements in document order, so its
 * parent has been read before it and what compounds down the tree (opacity, clips) is at hand.
 */
class LiveRendering implements Rendering {
  private current: Current | null = null;
  private readonly clips = new Clips();
  /** Opacity multiplied down the tree (reveal animations count as shown), kept where below 1. */
  private readonly fade = new Map<Element, number>();
  private readonly legibility = new Legibility();
  private readonly backgrounds: Backgrounds;
  private readonly canCheck: boolean;

  constructor(
    private readonly win: Window,
    private readonly page: Page,
    root: Element,
  ) {
    this.backgrounds = new Backgrounds(win, this.legibility.parse);
    this.canCheck = typeof root.checkVisibility === 'function';
  }

  private style(el: Element): CSSStyleDeclaration {
    return this.win.getComputedStyle(el);
  }

  private at(el: Element): Current {
    if (this.current?.el === el) return this.current;
    const cs = this.style(el);
    // contentVisibilityAuto stays false: long articles skip rendering of off-screen sections, legitimately.
    const visible = this.canCheck && el.checkVisibility(VIS_OPTIONS);
    let position: string | undefined;
    const get = (p: string): string => {
      if (p === 'position') return (position ??= cs.position);
      if (p === 'visibility') {
        // Only the element's own: an inherited `hidden` is its ancestor's verdict.
        const v = cs.visibility;
        if (v !== 'hidden' && v !== 'collapse') return v;
        return el.parentElement && this.style(el.parentElement).visibility !== 'visible' ? '' : v;
      }
      return cs.getPropertyValue(p);
    };
    const rect = el.getBoundingClientRect();
    position = cs.position;
    const clip = this.clips.enter(el, cs, position, rect, this.page);
    // A filter's opacity() fades as `opacity` does (`filter: grayscale(1) opacity(0)`).
    const ownOpacity = Number(cs.opacity) * (cs.filter && cs.filter !== 'none' ? filterOpacity(cs.filter) : 1);
    const parentOpacity = (el.parentElement && this.fade.get(el.parentElement)) ?? 1;
    const opacity = parentOpacity * (ownOpacity < 1 && !isRevealAnimation(el, get) ? ownOpacity : 1);
    if (opacity < 1) this.fade.set(el, opacity);
    const hasBox = rect.width > 0 || rect.height > 0;
    const rendered = visible || hasBox || rect.x !== 0 || rect.y !== 0 || el.getClientRects().length > 0;
    // A box checkVisibility sees is rendered; only a hidden one needs the full look at its own style.
    const hiddenBy = visible ? null : ownHidingReason(el, get);
    const laidOut = rendered && (hasBox || cs.display !== 'contents');
    return (this.current = { el, cs, get, rect, visible, position, clip, opacity, laidOut, hiddenBy });
  }

  notRendered(el: Element): Collapse | null {
    if (el.hasAttribute('hidden')) return 'attribute';
    const box = this.at(el);
    if (box.visible) return null;
    if (box.hiddenBy === 'display' || box.hiddenBy === 'visibility') return box.hiddenBy;
    // Hidden, yet not by anything of its own: a parent's `content-visibility: hidden` skips its contents.
    const parent = el.parentElement;
    if (
      !box.hiddenBy &&
      this.canCheck &&
      (inClosedDetails(el) || (parent && this.style(parent).contentVisibility === 'hidden'))
    )
      return 'display';
    return null;
  }

  paintedAway(el: Element, ownText: boolean): Displacement | null {
    const { cs, get, rect, visible, position, clip, laidOut, hiddenBy } = this.at(el);
    const page = this.page;
    // A marquee's own UA style clips, so its 1-pixel size would read as zero-size: name it for what it is.
    if (el.localName === 'marquee' && (rect.height <= 2 || rect.width <= 2)) return 'marquee';
    let away = visible ? visibleBoxReason(get, rect, page) : (hiddenBy as Displacement | 'opacity' | null);
    if (away === 'opacity') away = null; // the effective opacity speaks for it
    const fixed = position === 'fixed';
    // The computed offset may be compensated (padding, transforms): layout has the last word.
    if (away === 'offscreen' && laidOut && !outsideDocument(rect, true, page, fixed)) away = null;
    if (away || !laidOut) return away;
    if (outsideDocument(rect, position === 'absolute' || fixed, page, fixed)) return 'offscreen';
    if (rect.width * rect.height < 4 && (ownText || OVERFLOW_CLIPS.test(cs.overflow + cs.overflowX + cs.overflowY)))
      return 'zero-size';
    if (clippedAway(rect, clip, page)) return 'zero-size';
    if (ownText && textMayBeOut(rect, cs, page) && ownTextOutside(el, clipOfOwnText(clip, cs, rect, page), page))
      return 'offscreen';
    return null;
  }

  fontPx(el: Element): number | null {
    // Text parents below the element are asked too: their computed size, read directly. The computed size is
    // before `zoom`; the glyphs are drawn at it times the zoom of the element and its ancestors.
    if (this.current?.el === el)
      return this.current.laidOut ? parseFloat(this.current.cs.fontSize) * effectiveZoom(el) : null;
    return parseFloat(this.style(el).fontSize) * effectiveZoom(el);
  }

  opacity(el: Element): number {
    if (this.current?.el === el) return this.current.laidOut ? this.current.opacity : 1;
    return this.fade.get(el) ?? 1;
  }

  ink(el: Element): Ink | null {
    const fg = this.legibility.parse(textFill(this.style(el)));
    const bg = this.backgrounds.of(el);
    return fg && bg && !this.backgrounds.paintedOver(el) ? { fg, bg } : null;
  }

  inkVanishes(el: Element): boolean {
    const box = this.at(el);
    return box.laidOut && invisibleColour(el, box.cs, this.backgrounds, this.legibility);
  }
}

/**
 * Past this many elements a page is huge (a long report, a giant thread: 100,000 elements take seconds to
 * judge one by one), and a clean with a time budget judges it the cheaper way, `plainInline`.
 */
export const HUGE_PAGE_ELEMENTS = 30_000;

const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Attributes that neither style an element nor let a stylesheet or script single it out. */
const NEUTRAL_ATTRIBUTES = new Set(['href', 'title', 'lang', 'dir', 'rel', 'target', 'datetime', 'cite']);

/**
 * The cheaper decision on a huge page: an inline word or link with nothing inside it and nothing on it that a
 * stylesheet or script could single it out by (no class, id or style) is not judged on its own — it shows as
 * the paragraph around it shows, and that paragraph is judged. Four in five elements of a long text are such
 * words; hidden spam, which has to be told apart from the article to be hidden, almost always carries a
 * class, an id or a style. Leaves only, so every judged element's parent was judged first (clips, opacity).
 */
function plainInline(el: Element): boolean {
  if (el.firstElementChild || !PHRASING.has(el.localName)) return false;
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) if (!NEUTRAL_ATTRIBUTES.has(attributes[i]!.name)) return false;
  return true;
}

/**
 * `budget`: past its deadline the walk stops (walk.ts); the overlays, a handful of frames, are still looked for.
 * A huge page (`HUGE_PAGE_ELEMENTS`) cleaned with a budget is judged the cheaper way (`plainInline`), and the
 * budget records that visibility was cut short, so the reader is told. Without a budget (the CLI) every
 * element is judged.
 */
export function liveVerdicts(doc: Document, win: Window, budget?: Budget): Verdicts {
  const root = doc.documentElement;
  if (!root) return new Map();
  const text = pageText(doc);
  const elements = text.elements;
  const cheap = budget !== undefined && elements.length > HUGE_PAGE_ELEMENTS;
  if (cheap) budget.skip('visibility');
  const body = doc.body;
  const page: Page = {
    win,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    width: Math.max(root.scrollWidth, body?.scrollWidth ?? 0, win.innerWidth),
    height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0, win.innerHeight),
  };
  const verdicts = walkVerdicts({
    elements,
    text,
    ctx: keepContext(doc, text.length, elements),
    rendering: new LiveRendering(win, page, root),
    // SVG and MathML draw their own text; the root and body are always painted.
    exempt: (el) =>
      el.namespaceURI !== XHTML ? 'subtree' : el === root || el === body || (cheap && plainInline(el)) ? 'self' : null,
    budget,
  });
  // A foreign page laid over the article: only layout knows it, whatever stylesheet or script placed it.
  for (const overlay of liveOverlays(doc, win)) {
    const index = elements.indexOf(overlay);
    if (index >= 0 && !verdicts.has(index)) verdicts.set(index, OVERLAY);
  }
  return verdicts;
}
