/** Which probes a set of verdicts hides — pure, so it runs in the page (bundled) and in Node alike. */
import type { Verdicts } from '../../../src/core/types.js';

/**
 * Per probe id: the first verdict other than `hidden:kept` on it or an ancestor (the block is hidden and goes);
 * else `hidden:kept` when one of them is kept (hidden, and kept on purpose); else null.
 */
export function hidingVerdicts(doc: Document, verdicts: Verdicts): Record<string, string | null> {
  const index = new Map<Element, number>();
  Array.from(doc.getElementsByTagName('*')).forEach((el, i) => index.set(el, i));
  const out: Record<string, string | null> = {};
  for (const el of Array.from(doc.querySelectorAll('[data-probe]'))) {
    let reason: string | null = null;
    let kept = false;
    for (let at: Element | null = el; at && !reason; at = at.parentElement) {
      const v = verdicts.get(index.get(at) ?? -1);
      if (v === 'hidden:kept') kept = true;
      else if (v) reason = v;
    }
    out[el.getAttribute('data-probe')!] = reason ?? (kept ? 'hidden:kept' : null);
  }
  return out;
}
