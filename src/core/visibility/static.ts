/**
 * Static visibility: what a detached copy of the page can still tell about hiding — the `hidden` attribute,
 * inline `style`, and the page's own `<style>` rules (cascade.ts). It is the fallback when no live-page
 * verdicts exist (CLI, tests, and the content script when layout is unavailable); live.ts sees far more
 * (external stylesheets, script-hidden blocks, layout).
 *
 * It fills the model of rendering.ts (StaticRendering) and leaves the decision to it and the shared walk
 * (walk.ts), as live.ts does from layout. Text the colour of its background (pattern 9) is static-colour.ts.
 */
import type { Verdicts } from '../types.js';
import { StaticCascade } from './cascade.js';
import {
  collapsedBy,
  displacedBy,
  filterOpacity,
  fontSizePx,
  fullTransform,
  inClosedDetails,
  isRevealAnimation,
  isUnreadableFontSize,
  isRelativeFontSize,
  isZeroFontSize,
  isZeroLength,
  OVERFLOW_CLIPS,
  opacityValue,
  px,
  type StyleGetter,
  zoomValue,
} from './hiding.js';
import { estimateExtent } from './extent.js';
import { pageText } from './text-holders.js';
import { keepContext } from './keep.js';
import { StaticColours } from './static-colour.js';
import type { Collapse, Displacement, Ink, Rendering } from './rendering.js';
import { walkVerdicts } from './walk.js';
import { childElements, elementsByTag } from '../dom.js';

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important)?\s*(?:;|$)/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!important)?\s*(?:;|$)/i;

/** Reason a single element is hidden by its own markup alone (attribute or inline display/visibility), or null. */
export function inlineHiddenReason(el: Element): string | null {
  if (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') return 'hidden:attribute';
  const style = el.getAttribute('style');
  if (!style) return null;
  if (DISPLAY_NONE.test(style)) return 'hidden:display';
  if (VISIBILITY_HIDDEN.test(style)) return 'hidden:visibility';
  return null;
}

/** A 1-pixel marquee by its attributes (pattern 11); a real 15-pixel ticker is not. */
function tinyMarquee(el: Element, props: Map<string, string> | null): boolean {
  if (el.tagName.toUpperCase() !== 'MARQUEE') return false;
  const size = (attr: string) => {
    const v = el.getAttribute(attr) ?? props?.get(attr) ?? '';
    const n = parseFloat(v);
    return Number.isFinite(n) && n <= 2 && !v.trim().endsWith('%');
  };
  return size('height') || size('width');
}

/** What the page's stylesheets are, read once: linked ones, and what its own `<style>` text mentions. */
interface Sheets {
  linked: boolean;
  paintsBackground: boolean;
  imports: boolean;
}

function sheetsOf(doc: Document): Sheets {
  const texts = elementsByTag(doc, 'style').map((s) => s.textContent ?? '');
  return {
    linked: doc.querySelector('link[rel~="stylesheet"]') !== null,
    paintsBackground: texts.some((t) => /background/i.test(t)),
    imports: texts.some((t) => /@import/i.test(t)),
  };
}

/** Elements laid out as words in a line: a box holding only these is as tall as its line boxes. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'var',
]);

/** The declarations that move a box: only for these is its size worth estimating. */
const MOVES = ['left', 'top', 'right', 'bottom', 'transform', 'translate'];

/**
 * Whether a positioned box (or a transformed one, which contains positioned boxes too) stands between `el` and
 * the page: offsets are then measured from it, somewhere down the page, not from the page's origin. Asked only
 * for the rare box that moves itself a moderate distance, so its ancestors are resolved in full.
 */
function positionedAncestor(cascade: StaticCascade, el: Element): boolean {
  for (let a = el.parentElement; a && a.localName !== 'body' && a.localName !== 'html'; a = a.parentElement) {
    const resolved = cascade.resolve(a, true);
    const position = resolved?.get('position') ?? 'static';
    const transform = fullTransform((p) => resolved?.get(p) ?? '');
    if ((position !== 'static' && position !== '') || transform !== 'none') return true;
  }
  return false;
}

/**
 * The size in px a declared `font-size` gives a box whose parent's is `parentPx`: none declared inherits it; a value
 * that cannot be read here (`var()`, `calc()`) is taken at the larger of the parent's and the default 16 px, so an
 * unknown never turns text into a speck.
 */
function declaredFontPx(declared: string | undefined, parentPx: number): number {
  if (declared === undefined) return parentPx;
  if (isZeroFontSize(declared)) return 0;
  return fontSizePx(declared, parentPx) ?? Math.max(parentPx, 16);
}

/**
 * The model (rendering.ts) as a copy of the page can fill it: declared values from the cascade, compounded down
 * the tree where they compound (font size, opacity), and the geometry a declared offset implies.
 */
class StaticRendering implements Rendering {
  /** The winning declared hiding properties of an element, when any could hide. */
  private readonly props = new Map<Element, Map<string, string>>();
  private readonly fontPxOf = new Map<Element, number>();
  private readonly opacityOf = new Map<Element, number>();
  /** `zoom` multiplied down the tree, kept where not 1: it scales glyphs on top of their font size. */
  private readonly zoomOf = new Map<Element, number>();

  constructor(
    private readonly cascade: StaticCascade,
    private readonly colours: StaticColours,
  ) {}

  /**
   * Top-down over the elements holding text: what compounds down the tree — the font size (pattern 8: 0 or a
   * speck) and the opacity (pattern 6: a product, so two boxes at .2 fade text as one at .04 does) — and the
   * colours that could vanish (static-colour.ts).
   */
  read(elements: readonly Element[], holders: Uint8Array): void {
    const tiny = (el: Element | null) => el !== null && isUnreadableFontSize(this.fontPxOf.get(el) ?? 16);
    for (const [index, el] of elements.entries()) {
      if (!holders[index]) continue;
      const parent = el.parentElement;
      const parentPx = (parent && this.fontPxOf.get(parent)) ?? 16;
      // A child of a tiny parent may reset the size with an ordinary rule: resolve it even without hiding rules.
      const resolved = this.cascade.resolve(el, tiny(parent));
      if (resolved) this.props.set(el, resolved);
      this.colours.visit(el, (resolved?.has('color') || resolved?.has('-webkit-text-fill-color')) ?? false);
      const size = resolved?.get('font-size');
      // A share is read against the parent's real size; the estimate serves every other value.
      const base = size !== undefined && isRelativeFontSize(size) ? this.trueFontPx(parent) : parentPx;
      this.fontPxOf.set(el, declaredFontPx(size, base));
      const get = (p: string) => resolved?.get(p) ?? '';
      const declared = resolved?.get('opacity');
      const filter = resolved?.get('filter');
      const fade =
        isRevealAnimation(el, get) || (declared === undefined && filter === undefined)
          ? 1
          : (declared === undefined ? 1 : opacityValue(declared)) * (filter === undefined ? 1 : filterOpacity(filter));
      this.opacityOf.set(el, ((parent && this.opacityOf.get(parent)) ?? 1) * fade);
      const zoom = resolved?.get('zoom');
      const parentZoom = (parent && this.zoomOf.get(parent)) ?? 1;
      if (zoom !== undefined || parentZoom !== 1)
        this.zoomOf.set(el, parentZoom * (zoom === undefined ? 1 : zoomValue(zoom)));
    }
  }

  private readonly trueFontPxOf = new Map<Element, number>();

  /**
   * The font size an element really has, for a child whose size is a share of it. Ancestors the index skipped
   * (nothing on them could hide) were taken at the size they inherit; here their own rules are resolved, up to
   * the first absolute size — so `font-size:20px` above `.2em` gives 4 px, not the 3.2 px of an assumed 16.
   */
  private trueFontPx(el: Element | null): number {
    // Up to the first ancestor already known, then down again (a loop: hostile pages nest thousands deep).
    const chain: Array<[Element, string | undefined]> = [];
    let known = 16;
    for (let at = el; at; at = at.parentElement) {
      const memo = this.trueFontPxOf.get(at);
      if (memo !== undefined) {
        known = memo;
        break;
      }
      chain.push([at, (this.props.get(at) ?? this.cascade.resolve(at, true))?.get('font-size')]);
    }
    for (const [at, declared] of chain.reverse()) {
      known = declaredFontPx(declared, known);
      this.trueFontPxOf.set(at, known);
    }
    return known;
  }

  private getter(el: Element): StyleGetter | null {
    const own = this.props.get(el);
    return own ? (p: string) => own.get(p) ?? '' : null;
  }

  notRendered(el: Element): Collapse | null {
    if (el.hasAttribute('hidden')) return 'attribute'; // until-found is kept (keep.ts) and un-hidden
    if (inClosedDetails(el)) return 'display';
    const get = this.getter(el);
    return get ? collapsedBy(el, get) : null;
  }

  paintedAway(el: Element): Displacement | null {
    const own = this.props.get(el) ?? null;
    if (tinyMarquee(el, own)) return 'marquee';
    const get = this.getter(el);
    if (!get || !own) return null;
    // Where the box is measured from the page, its size decides how far is off it (hiding.ts parkedByStyle).
    const position = get('position');
    const anchored =
      position === 'fixed' ||
      (position === 'absolute' && MOVES.some((p) => own.has(p)) && !positionedAncestor(this.cascade, el));
    const extent = anchored ? estimateExtent(el, this.fontPxOf.get(el) ?? 16, px(get('width'))) : undefined;
    const reason = displacedBy(get, extent, anchored) ?? (this.linesCollapse(el, get) ? 'zero-size' : null);
    // Pushed right out of a box that does not wrap: a table cell (auto layout) grows to hold the line instead.
    if (reason === 'indent' && (px(get('text-indent')) ?? 0) > 0 && el.closest('td, th')) return null;
    return reason;
  }

  /**
   * `line-height: 0` in a box that clips its overflow and has no height of its own: its lines are 0 px tall, so
   * the box is, and the glyphs overflowing their lines are clipped away. Only where the box holds words and inline
   * elements alone that keep the zero (a block, or a line height of their own, would bring a height) and nothing
   * declares a height or a padding.
   */
  private linesCollapse(el: Element, get: StyleGetter): boolean {
    if (!isZeroLength(get('line-height'))) return false;
    if (!OVERFLOW_CLIPS.test(get('overflow')) && !OVERFLOW_CLIPS.test(get('overflow-y'))) return false;
    if (get('height') || get('padding-top') || get('display').startsWith('inline')) return false;
    return childElements(el).every(
      (child) =>
        PHRASING.has(child.localName) && isZeroLength(this.cascade.resolve(child, true)?.get('line-height') ?? '0'),
    );
  }

  fontPx(el: Element): number | null {
    const size = this.fontPxOf.get(el);
    return size === undefined ? null : size * (this.zoomOf.get(el) ?? 1);
  }

  opacity(el: Element): number {
    return this.opacityOf.get(el) ?? 1;
  }

  /** Colours are known here only where they could vanish: a fade is judged at its most legible, black on white. */
  ink(): Ink | null {
    return null;
  }

  inkVanishes(el: Element): boolean {
    return this.colours.invisible(el, true);
  }
}

export function staticVerdicts(doc: Document): Verdicts {
  const text = pageText(doc);
  const elements = text.elements;
  const cascade = new StaticCascade(doc, elements);
  let sheets: Sheets | undefined;
  const page = () => (sheets ??= sheetsOf(doc));
  // The canvas is the browser's white only when no stylesheet could paint a background over it.
  const canvasKnown = () => !page().linked && !page().paintsBackground;
  // Styles this copy of the page cannot read: linked or imported sheets.
  const external = () => page().linked || page().imports;
  const rendering = new StaticRendering(cascade, new StaticColours(cascade, canvasKnown, external));
  rendering.read(elements, text.holders);
  return walkVerdicts({ elements, text, ctx: keepContext(doc, text.length, elements), rendering });
}
