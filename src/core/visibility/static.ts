/**
 * Static visibility: what a detached copy of the page can still tell about hiding — the `hidden` attribute,
 * inline `style`, and the page's own `<style>` rules (cascade.ts). It is the fallback when no live-page
 * verdicts exist (CLI, tests, and the content script when layout is unavailable); live.ts sees far more
 * (external stylesheets, script-hidden blocks, layout).
 *
 * One walk in document order: decide only for elements holding text or links; a hidden element's verdict
 * covers its subtree; a hidden element that is really the article (keep.ts) gets `hidden:kept` instead.
 * Text the colour of its background (pattern 9) is static-colour.ts, fed by the same walk.
 */
import type { Verdicts } from '../types.js';
import { elementsInTreeOrder } from './elements.js';
import { StaticCascade } from './cascade.js';
import { fontSizePx, inClosedDetails, isRevealAnimation, isUnreadableFontSize, isZeroFontSize, opacityValue, ownHidingReason, px } from './hiding.js';
import { estimateExtent } from './extent.js';
import { fadedAway } from './colour.js';
import { everyTextParent, hasOwnText, pageText } from './text-holders.js';
import { keepContext, shouldKeepHidden } from './keep.js';
import { StaticColours } from './static-colour.js';

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
  const texts = Array.from(doc.getElementsByTagName('style')).map((s) => s.textContent ?? '');
  return {
    linked: doc.querySelector('link[rel~="stylesheet"]') !== null,
    paintsBackground: texts.some((t) => /background/i.test(t)),
    imports: texts.some((t) => /@import/i.test(t)),
  };
}

/** The declarations that move a box: only for these is its size worth estimating. */
const MOVES = ['left', 'top', 'right', 'bottom', 'transform'];

/**
 * Whether a positioned box (or a transformed one, which contains positioned boxes too) stands between `el` and
 * the page: offsets are then measured from it, somewhere down the page, not from the page's origin. Asked only
 * for the rare box that moves itself a moderate distance, so its ancestors are resolved in full.
 */
function positionedAncestor(cascade: StaticCascade, el: Element): boolean {
  for (let a = el.parentElement; a && a.localName !== 'body' && a.localName !== 'html'; a = a.parentElement) {
    const resolved = cascade.resolve(a, true);
    const position = resolved?.get('position') ?? 'static';
    const transform = resolved?.get('transform') ?? 'none';
    if ((position !== 'static' && position !== '') || (transform !== 'none' && transform !== '')) return true;
  }
  return false;
}

export function staticVerdicts(doc: Document): Verdicts {
  const verdicts: Verdicts = new Map();
  const elements = elementsInTreeOrder(doc);
  const { holders, ownText, length: bodyText } = pageText(doc);
  const cascade = new StaticCascade(doc, elements);
  const ctx = keepContext(doc, bodyText, elements);
  let sheets: Sheets | undefined;
  const page = () => (sheets ??= sheetsOf(doc));
  // The canvas is the browser's white only when no stylesheet could paint a background over it.
  const canvasKnown = () => !page().linked && !page().paintsBackground;
  // Styles this copy of the page cannot read: linked or imported sheets.
  const external = () => page().linked || page().imports;
  const colours = new StaticColours(cascade, canvasKnown, external);

  // Pass 1: declared hiding properties, and what compounds down the tree: the font size (pattern 8: 0 or a
  // speck), the opacity (pattern 6: a product, so two boxes at .2 fade text as one at .04 does), and whether a
  // positioned box stands between an element and the page (offsets are then measured from somewhere inside).
  const props = new Map<Element, Map<string, string>>();
  const fontPx = new Map<Element, number>();
  const opacity = new Map<Element, number>();
  const insidePositioned = (el: Element) => positionedAncestor(cascade, el);
  const tiny = (el: Element | null) => el !== null && isUnreadableFontSize(fontPx.get(el) ?? 16);
  for (const el of elements) {
    if (!holders.has(el)) continue;
    const parent = el.parentElement;
    const parentPx = (parent && fontPx.get(parent)) ?? 16;
    const resolved = cascade.resolve(el, tiny(parent));
    if (resolved) props.set(el, resolved);
    colours.visit(el, resolved?.has('color') ?? false);
    const size = resolved?.get('font-size');
    const ownPx = size === undefined ? parentPx : isZeroFontSize(size) ? 0 : fontSizePx(size, parentPx) ?? 16;
    fontPx.set(el, ownPx);
    const get = (p: string) => resolved?.get(p) ?? '';
    const declared = resolved?.get('opacity');
    const fade = declared === undefined || isRevealAnimation(el, get) ? 1 : opacityValue(declared);
    opacity.set(el, ((parent && opacity.get(parent)) ?? 1) * fade);
  }

  // Pass 2: verdicts, top-down; a hidden subtree is skipped whole.
  let hiddenRoot: Element | null = null;
  elements.forEach((el, index) => {
    if (hiddenRoot?.contains(el)) return;
    hiddenRoot = null;
    if (!holders.has(el)) return;
    const own = props.get(el) ?? null;
    let reason: string | null = null;
    if (el.hasAttribute('hidden')) reason = 'attribute'; // until-found is kept (keep.ts) and un-hidden
    else if (inClosedDetails(el)) reason = 'display';
    else if (own) {
      const get = (p: string) => own.get(p) ?? '';
      // Where the box is measured from the page, its size decides how far is off it (hiding.ts parkedByStyle).
      const position = get('position');
      const anchored = position === 'fixed' || (position === 'absolute' && MOVES.some((p) => own.has(p)) && !insidePositioned(el));
      const extent = anchored
        ? estimateExtent(el, fontPx.get(el) ?? 16, px(get('width'))) : undefined;
      reason = ownHidingReason(el, get, extent, anchored);
    }
    if (!reason && fadedAway(opacity.get(el) ?? 1) && !fadedAway(el.parentElement ? opacity.get(el.parentElement) ?? 1 : 1)) reason = 'opacity';
    if (!reason && tiny(el) && (hasOwnText(el) || everyTextParent(el, tiny))) reason = 'fontsize';
    if (!reason && tinyMarquee(el, own)) reason = 'marquee';
    if (!reason && colours.invisible(el, ownText.has(el))) reason = 'colour';
    if (!reason) return;
    if (shouldKeepHidden(el, reason, ctx)) {
      verdicts.set(index, 'hidden:kept');
      return;
    }
    verdicts.set(index, `hidden:${reason}`);
    if (reason === 'colour') colours.hide(el, index);
    hiddenRoot = el;
  });
  for (const index of colours.overreach(() => ctx.bodyText)) verdicts.delete(index);
  return verdicts;
}
