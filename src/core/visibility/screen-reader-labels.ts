/**
 * Screen-reader labels: short text a page clips out of sight for assistive technology only — "Image caption,",
 * "Image source,", "Author,", "Credit…", "Skip recommended stories and continue reading", a checkbox's "▢", a video
 * player's "0 seconds of 1 minute, 26 seconds". A sighted reader of the page never sees them, so the clean view
 * should not show them either; but the prune rules read them (a caption line that opens with "Image source," is a
 * credit, whatever comes after), so they are marked in the clone, left for Readability and the rules, and taken out
 * of the article once the rules are done.
 *
 * Only `clip` hiding (`clip: rect(1px …)`, `clip-path: inset(100%)`: the a11y pattern, never how a page collapses
 * content it reveals), only short clean text (longer clipped text, a formula's MathML, stays as before: keep.ts).
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { readableLength } from './text-holders.js';

const MARK = 'data-winnow-label';
/** A label, not a passage: "Skip recommended stories and continue reading" is 45 characters. */
const MAX_LABEL_LENGTH = 60;

/** Whether an element hidden by `method` is a screen-reader label (marked by apply.ts, not removed). */
export function isScreenReaderLabel(el: Element, method: string): boolean {
  if (method !== 'clip' || el.querySelector('math')) return false;
  const length = readableLength(el);
  return length > 0 && length <= MAX_LABEL_LENGTH;
}

/**
 * Marks the label's contents, not the element: Readability rebuilds a `<div>` of bare text as a new `<p>` without
 * the div's attributes, but carries its children over.
 */
export function markScreenReaderLabel(el: Element): void {
  const mark = el.ownerDocument.createElement('span');
  mark.setAttribute(MARK, '');
  mark.append(...Array.from(el.childNodes));
  el.append(mark);
}

/** Takes the marked labels out of `root` (the article, pruned) and returns them as removals. */
export function takeScreenReaderLabels(root: Element): Removal[] {
  const removed: Removal[] = [];
  for (const mark of Array.from(root.querySelectorAll(`[${MARK}]`))) {
    if (!root.contains(mark)) continue; // inside a label taken already
    const text = collapsedText(mark);
    const holder = mark.parentElement;
    mark.remove();
    // The label's own element, left empty (a skip link, a heading that was only the label), goes with it.
    if (holder && holder !== root && !holder.textContent?.trim() && !holder.querySelector('img, picture, video, svg'))
      holder.remove();
    if (text) removed.push({ reason: 'hidden:clip', text: capText(text) });
  }
  return removed;
}
