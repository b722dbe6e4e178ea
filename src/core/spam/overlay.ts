/**
 * Full-screen overlays (pattern 13b): a hacked page keeps its article for crawlers and lays a foreign site over
 * it for readers — `<iframe src="https://…" style="position:fixed;top:0;left:0;width:100%;height:100%;
 * z-index:99999">`, or the same frame inside a fixed, viewport-sized `<div>`. Recorded as `spam:overlay` and
 * removed from the clone. Two readings, one rule:
 *  - `overlays` (clone, both paths): inline style and attributes, so the CLI and the extension agree;
 *  - `liveOverlays` (content script): the frame's laid-out box and computed position, so a stylesheet or a
 *    script that styles the overlay is seen too. Its verdicts reach the clone with the visibility verdicts.
 *
 * Look-alikes that stay: consent and paywall dialogs (`role="dialog"`, `aria-modal="true"`, consent-manager
 * names) and frames from the page's own site; embedded videos, which fill a relatively positioned wrapper
 * (`position:absolute; width:100%` inside `padding-bottom:56.25%`), never the viewport.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText, elementsByTag } from '../dom.js';
import { parseDeclarations } from '../visibility/css-parse.js';
import { ownDomains, urlDomain } from './hosts.js';
import { elementsNamed } from './page-index.js';

/** How far above the frame a fixed container may sit. */
const LEVELS = 3;
/** A container with more text than this holds content of its own: only the frame goes. */
const MAX_CONTAINER_TEXT = 200;
const DIALOG_ROLE = /^(?:dialog|alertdialog)$/i;
/** Video hosts: a fixed full-size player is a lightbox the reader opened, never a hijack. */
const VIDEO =
  /^(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|bilibili\.com|youku\.com|qq\.com|ixigua\.com|twitch\.tv|wistia\.com|jwplayer\.com|brightcove\.net)$/;
/** The audit reason, and the live verdict that carries it to the clone. */
export const OVERLAY = 'spam:overlay';
const CONSENT = /consent|cookie|gdpr|privacy|paywall|\bcmp\b|sp_message|didomi|onetrust|truste|quantcast/i;

type Style = (property: string) => string;

function styleOf(el: Element): Style {
  const attr = el.getAttribute('style');
  const decls = attr ? parseDeclarations(attr) : null;
  return (property) => decls?.get(property)?.value ?? '';
}

/** A length that spans the viewport: ≥ 90% or 90vw/vh, or a pixel size larger than common screens. */
function spans(value: string, viewportUnit: 'vw' | 'vh', minPx: number): boolean {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|vw|vh|px)?\s*$/i.exec(value);
  if (!m) return false;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  if (unit === '%' || unit === viewportUnit) return n >= 90;
  return unit === 'px' && n >= minPx;
}

const isZero = (value: string): boolean => /^\s*-?0(?:\.0+)?(?:px|%|vw|vh|em|rem)?\s*$/i.test(value);

function insetZero(style: Style): boolean {
  const inset = style('inset');
  return inset !== '' && inset.split(/\s+/).every(isZero);
}

/** Whether a box's own style and attributes make it as large as the viewport. */
function coversViewport(el: Element, style: Style): boolean {
  if (insetZero(style)) return true;
  const wide =
    spans(style('width') || style('min-width') || el.getAttribute('width') || '', 'vw', 1000) ||
    (isZero(style('left')) && isZero(style('right')));
  const tall =
    spans(style('height') || style('min-height') || el.getAttribute('height') || '', 'vh', 700) ||
    (isZero(style('top')) && isZero(style('bottom')));
  return wide && tall;
}

/** A dialog the page means its reader to answer (consent, sign-in, paywall). */
function isDialog(el: Element): boolean {
  if (DIALOG_ROLE.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true') return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('name') ?? ''}`;
  return CONSENT.test(names);
}

/** A dialog, or a box its inline style does not show at all. */
function exempt(el: Element, style?: Style): boolean {
  if (style && (style('display') === 'none' || style('visibility') === 'hidden')) return true;
  return isDialog(el);
}

/** The element that lays the frame over the page — the frame itself or a fixed container — or null. */
export function overlayOf(frame: Element): Element | null {
  const own = styleOf(frame);
  if (exempt(frame, own)) return null;
  if (own('position') === 'fixed') return coversViewport(frame, own) ? frame : null;
  // Inside a fixed container, the frame must fill it (an ad slot in a sticky bar does not).
  if (!coversViewport(frame, own)) return null;
  let el = frame.parentElement;
  for (let i = 0; i < LEVELS && el && el.tagName !== 'BODY'; i++, el = el.parentElement) {
    if (exempt(el)) return null;
    if (!(el.getAttribute('style') ?? '').includes('fixed')) continue;
    const style = styleOf(el);
    if (exempt(el, style)) return null;
    if (style('position') === 'fixed') return coversViewport(el, style) ? el : null;
  }
  return null;
}

/** The iframes of `doc` that load another site's page (not a video player), or none. */
function foreignFrames(doc: Document, frames: readonly Element[]): Element[] {
  if (frames.length === 0) return [];
  const base = doc.URL === 'about:blank' ? 'http://invalid/' : doc.URL;
  let own: Set<string> | null = null;
  return frames.filter((frame) => {
    const src = frame.getAttribute('src') ?? '';
    if (!frame.isConnected || !/^\s*(?:https?:)?\/\//i.test(src)) return false;
    const domain = urlDomain(src, base);
    own ??= ownDomains(doc);
    return domain !== null && !own.has(domain) && !VIDEO.test(domain);
  });
}

/** What goes: the overlay, or only its frame when the container also holds content of its own. */
const removable = (overlay: Element, frame: Element): Element =>
  overlay !== frame && collapsedText(overlay).length > MAX_CONTAINER_TEXT ? frame : overlay;

/** The audit text of an overlay: the address of the page it lays over the article. */
export function overlaySource(overlay: Element): string {
  const frame = overlay.localName === 'iframe' ? overlay : overlay.querySelector('iframe');
  return capText((frame?.getAttribute('src') ?? '').trim());
}

export function overlays(clone: Document): Removal[] {
  const removed: Removal[] = [];
  for (const frame of foreignFrames(clone, elementsNamed(clone, 'iframe'))) {
    const overlay = overlayOf(frame);
    if (!overlay) continue;
    removable(overlay, frame).remove();
    removed.push({ reason: OVERLAY, text: overlaySource(frame) });
  }
  return removed;
}

/** Share of the viewport's width and height a frame must cover (patterns.md: rect ≥ 90% of the viewport). */
const VIEWPORT_SHARE = 0.9;

/**
 * On the live page: foreign frames that layout lays over at least 90% of the viewport and that stay there as the
 * reader scrolls — the frame or one of its nearest containers is `position: fixed` — however they were styled.
 * Returns the elements to remove (read only: nothing on the page changes).
 */
export function liveOverlays(doc: Document, win: Window): Element[] {
  const found: Element[] = [];
  for (const frame of foreignFrames(doc, elementsByTag(doc, 'iframe'))) {
    // Not rendered, or visibility:hidden: no overlay. Opacity does not count: a transparent frame over the page
    // still takes every click (clickjacking), and the inline-style rule ignores opacity too.
    if (typeof frame.checkVisibility === 'function' && !frame.checkVisibility({ visibilityProperty: true })) continue;
    const rect = frame.getBoundingClientRect();
    if (rect.width < VIEWPORT_SHARE * win.innerWidth || rect.height < VIEWPORT_SHARE * win.innerHeight) continue;
    let el: Element | null = frame;
    for (let i = 0; i <= LEVELS && el && el !== doc.body && !isDialog(el); i++, el = el.parentElement) {
      if (win.getComputedStyle(el).position !== 'fixed') continue;
      found.push(removable(el, frame));
      break;
    }
  }
  return found;
}
