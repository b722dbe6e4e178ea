/**
 * Carries visibility verdicts from the page to its clone and acts on them there, recording each removal.
 * The page itself is never touched.
 *  - `hidden:kept` (keep.ts: a collapsed article, a WeChat container): un-hidden in the clone so Readability,
 *    which drops inline display:none / visibility:hidden / [hidden], reads it. Nothing is recorded.
 *  - `hidden:<method>` with a spam signal (spam/hidden-spam.ts): removed and recorded as `spam:hidden-<method>`.
 *  - `hidden:clip` without one, short: a screen-reader label, marked for the extractor to take out of the article
 *    after its rules have read it (screen-reader-labels.ts).
 *  - `hidden:<method>` without one: removed and recorded as `hidden:<method>` if it is navigation or a label,
 *    or if it is hidden by its own markup the way Readability drops unseen anyway (the outcome is Readability's,
 *    the audit trail is Winnow's); other clean hidden prose stays for Readability to judge (keep.ts,
 *    dropsWhenClean).
 *  - `spam:overlay` (live layout, spam/overlay.ts): removed and recorded with the address it lays over the page.
 */
import type { Removal, Verdicts } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { elementsInTreeOrder } from './elements.js';
import { hiddenSpamSignal } from '../spam/hidden-spam.js';
import { pageDomain } from '../spam/hosts.js';
import { overlaySource, OVERLAY } from '../spam/overlay.js';
import { dropsWhenClean } from './keep.js';
import { isScreenReaderLabel, markScreenReaderLabel } from './screen-reader-labels.js';

/**
 * Elements that are hidden on purpose but hold content the reader will want once revealed
 * (closed `<details>`, `<noscript>` fallbacks, template content). They are never removed for being hidden.
 */
const NEVER_DROP = new Set(['DETAILS', 'SUMMARY', 'NOSCRIPT', 'TEMPLATE', 'HTML', 'HEAD', 'BODY', 'TITLE', 'META']);

export const KEPT = 'hidden:kept';

/** Hidden by its own markup, as Readability's visibility check reads it: it would drop this element itself. */
function readabilityDrops(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return el.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden';
}

/** Takes away the inline hiding Readability would act on; stylesheet hiding never reaches it. */
function unhide(el: Element): void {
  if (el.getAttribute('hidden') !== null) el.removeAttribute('hidden');
  const style = (el as HTMLElement).style;
  if (!style) return;
  for (const property of ['display', 'visibility', 'opacity', 'height', 'max-height', 'overflow']) {
    const value = style.getPropertyValue(property);
    if (value && /none|hidden|collapse|^0/.test(value)) style.removeProperty(property);
  }
}

export function applyVerdicts(clone: Document, verdicts: Verdicts): Removal[] {
  if (verdicts.size === 0) return [];
  const elements = elementsInTreeOrder(clone);
  const page = pageDomain(clone);
  const removed: Removal[] = [];
  for (const [index, reason] of [...verdicts].sort((a, b) => a[0] - b[0])) {
    const el = elements[index];
    if (!el || !el.isConnected || NEVER_DROP.has(el.tagName.toUpperCase())) continue;
    if (reason === KEPT) {
      unhide(el);
      continue;
    }
    const method = reason.startsWith('hidden:') ? reason.slice('hidden:'.length) : '';
    const spam = method !== '' && hiddenSpamSignal(el, method, page);
    if (!spam && isScreenReaderLabel(el, method)) {
      markScreenReaderLabel(el);
      continue;
    }
    if (!spam && method && !dropsWhenClean(el, method) && !readabilityDrops(el)) continue;
    const named = spam ? `spam:hidden-${method}` : reason;
    const text = reason === OVERLAY ? overlaySource(el) : collapsedText(el);
    el.remove();
    if (text) removed.push({ reason: named, text: capText(text) });
  }
  return removed;
}
