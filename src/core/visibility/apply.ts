/**
 * Carries visibility verdicts from the page to its clone and drops the hidden elements there,
 * recording each removal. The page itself is never touched.
 */
import type { Removal, Verdicts } from '../types.js';
import { capText, collapsedText, elementsInOrder } from '../dom.js';

/**
 * Elements that are hidden on purpose but hold content the reader will want once revealed
 * (closed `<details>`, `<noscript>` fallbacks, template content). They are never removed for being hidden.
 */
const NEVER_DROP = new Set(['DETAILS', 'SUMMARY', 'NOSCRIPT', 'TEMPLATE', 'HTML', 'HEAD', 'BODY', 'TITLE', 'META']);

export function applyVerdicts(clone: Document, verdicts: Verdicts): Removal[] {
  if (verdicts.size === 0) return [];
  const elements = elementsInOrder(clone);
  const removed: Removal[] = [];
  for (const [index, reason] of [...verdicts].sort((a, b) => a[0] - b[0])) {
    const el = elements[index];
    if (!el || !el.isConnected || NEVER_DROP.has(el.tagName.toUpperCase())) continue;
    const text = collapsedText(el);
    el.remove();
    if (text) removed.push({ reason, text: capText(text) });
  }
  return removed;
}
