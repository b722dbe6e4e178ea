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
import { isZeroFontSize, ownHidingReason } from './hiding.js';
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

  // Pass 1: declared hiding properties, and font-size 0 inherited down the tree (pattern 8).
  const props = new Map<Element, Map<string, string>>();
  const fontZero = new Set<Element>();
  for (const el of elements) {
    if (!holders.has(el)) continue;
    const parentZero = el.parentElement !== null && fontZero.has(el.parentElement);
    const resolved = cascade.resolve(el, parentZero);
    if (resolved) props.set(el, resolved);
    colours.visit(el, resolved?.has('color') ?? false);
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
