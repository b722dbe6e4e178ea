/**
 * Static visibility: what a detached copy of the page can still tell about hiding — the `hidden` attribute,
 * inline `style`, and the page's own `<style>` rules (cascade.ts). It is the fallback when no live-page
 * verdicts exist (CLI, tests, and the content script when layout is unavailable); live.ts sees far more
 * (external stylesheets, script-hidden blocks, layout).
 *
 * One walk in document order: decide only for elements holding text or links; a hidden element's verdict
 * covers its subtree; a hidden element that is really the article (keep.ts) gets `hidden:kept` instead.
 */
import type { Verdicts } from '../types.js';
import { elementsInTreeOrder } from './elements.js';
import { StaticCascade } from './cascade.js';
import { isZeroFontSize, ownHidingReason } from './hiding.js';
import { everyTextParent, hasOwnText, textHolders } from './text-holders.js';
import { keepContext, shouldKeepHidden } from './keep.js';
import { contrast, INVISIBLE_CONTRAST, parseColour, WHITE, type Rgba } from './colour.js';

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

const COLOUR_DECL = { color: /(?:^|;)\s*color\s*:\s*([^;!]+)/i, 'background-color': /(?:^|;)\s*background(?:-color)?\s*:\s*([^;!]+)/i };

const inlineColour = (el: Element, property: 'color' | 'background-color'): Rgba | null => {
  const style = el.getAttribute('style') ?? '';
  const m = style ? COLOUR_DECL[property].exec(style) : null;
  const attr = property === 'color' ? (el.tagName === 'FONT' ? el.getAttribute('color') : null) : el.getAttribute('bgcolor');
  return parseColour(m?.[1]?.trim().split(/\s+/).find((t) => parseColour(t)) ?? attr);
};

/**
 * Pattern 9 on a clone: only when the text colour is inline and the background is inline on an ancestor, or the
 * page has no stylesheet that could paint one (then the canvas is the browser's white).
 */
function sameColourAsBackground(el: Element, canvasKnown: () => boolean): boolean {
  if (!el.hasAttribute('style') && !(el.tagName === 'FONT' && el.hasAttribute('color'))) return false;
  const fg = inlineColour(el, 'color');
  if (!fg || !hasOwnText(el)) return false;
  if (fg[3] === 0) return true;
  let bg: Rgba | null = null;
  for (let a: Element | null = el; a && !bg; a = a.parentElement) {
    const c = inlineColour(a, 'background-color');
    if (c && c[3] > 0.5) bg = c;
  }
  if (!bg && canvasKnown()) bg = WHITE;
  return bg !== null && contrast(fg, bg) < INVISIBLE_CONTRAST;
}

export function staticVerdicts(doc: Document): Verdicts {
  const verdicts: Verdicts = new Map();
  const elements = elementsInTreeOrder(doc);
  const holders = textHolders(doc);
  const cascade = new StaticCascade(doc, elements);
  const ctx = keepContext(doc);
  let canvas: boolean | undefined;
  const canvasKnown = () => (canvas ??= doc.querySelector('link[rel~="stylesheet"]') === null
    && !Array.from(doc.getElementsByTagName('style')).some((s) => /background/i.test(s.textContent ?? '')));

  // Pass 1: declared hiding properties, and font-size 0 inherited down the tree (pattern 8).
  const props = new Map<Element, Map<string, string>>();
  const fontZero = new Set<Element>();
  for (const el of elements) {
    if (!holders.has(el)) continue;
    const parentZero = el.parentElement !== null && fontZero.has(el.parentElement);
    const resolved = cascade.resolve(el, parentZero);
    if (resolved) props.set(el, resolved);
    const size = resolved?.get('font-size');
    const zero = size === undefined ? parentZero : isZeroFontSize(size) || (parentZero && /(?:em|%)$/.test(size));
    if (zero) fontZero.add(el);
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
    else if (own) reason = ownHidingReason(el, (p) => own.get(p) ?? '');
    if (!reason && fontZero.has(el) && (hasOwnText(el) || everyTextParent(el, (p) => fontZero.has(p)))) reason = 'fontsize';
    if (!reason && tinyMarquee(el, own)) reason = 'marquee';
    if (!reason && sameColourAsBackground(el, canvasKnown)) reason = 'colour';
    if (!reason) return;
    if (shouldKeepHidden(el, reason, ctx)) {
      verdicts.set(index, 'hidden:kept');
      return;
    }
    verdicts.set(index, `hidden:${reason}`);
    hiddenRoot = el;
  });
  return verdicts;
}
