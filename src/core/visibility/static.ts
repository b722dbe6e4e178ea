/**
 * Static visibility: what a detached copy of the page can still tell about hiding — inline `style`
 * and the `hidden` attribute. It is the fallback when no live-page verdicts exist (CLI, tests, and the
 * content script when layout is unavailable). The live path (`live.ts`) sees far more.
 */
import type { Verdicts } from '../types.js';
import { elementsInOrder } from '../dom.js';

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important)?\s*(?:;|$)/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!important)?\s*(?:;|$)/i;

/** Reason a single element is hidden by its own markup, or null. */
export function inlineHiddenReason(el: Element): string | null {
  if (el.hasAttribute('hidden')) return 'hidden:attribute';
  const style = el.getAttribute('style');
  if (!style) return null;
  if (DISPLAY_NONE.test(style)) return 'hidden:display';
  if (VISIBILITY_HIDDEN.test(style)) return 'hidden:visibility';
  return null;
}

export function staticVerdicts(doc: Document): Verdicts {
  const verdicts: Verdicts = new Map();
  elementsInOrder(doc).forEach((el, index) => {
    const reason = inlineHiddenReason(el);
    if (reason) verdicts.set(index, reason);
  });
  return verdicts;
}
