/**
 * Posters' signatures, read from the page before Readability runs. Every forum's software prints a poster's
 * signature under each of their posts in a box of its own name (phpBB's and SMF's `signature`, vBulletin's
 * `signaturecontainer`, XenForo's `message-signature`, Discuz!'s `sign`, phpBB's `id="sig123"`), but Readability
 * rewrites a box holding only text as a bare paragraph, its name gone: so the texts are taken here, and the thread rule
 * (prune/thread-furniture.ts) finds their lines in the article by their words.
 */
import { blockText } from '../text.js';
import { collapseSpace } from '../dom.js';
import { elementsInTreeOrder } from '../visibility/elements.js';

export interface Signatures {
  /** Each signature's lines, and each signature whole, as collapsed text. */
  lines: ReadonlySet<string>;
  /** How many signature boxes the page prints. */
  boxes: number;
}

const SIGNATURE_NAME = /^(?:(?:post|message|user)[-_]?)?(?:sig|sign|signature|signaturecontainer)$|^sig\d+$/i;
/** A signature is a few lines; a box of that name holding more is something else. */
const MAX_SIGNATURE_CHARS = 300;

export const NO_SIGNATURES: Signatures = { lines: new Set(), boxes: 0 };

/** Whether the element's class or id mentions "sig" in any case: the cheap test before the name's pattern. */
const mentionsSig = (el: Element): boolean => /sig/i.test(el.id) || /sig/i.test(el.getAttribute('class') ?? '');

/** Whether an ancestor of `el` mentions "sig": a signature inside a signature box is part of that box. */
function insideMention(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (mentionsSig(up)) return true;
  return false;
}

const named = (el: Element): boolean =>
  SIGNATURE_NAME.test(el.id) || Array.from(el.classList).some((name) => SIGNATURE_NAME.test(name));

export function pageSignatures(page: Document): Signatures {
  const lines = new Set<string>();
  let boxes = 0;
  // One walk of the elements, not an attribute selector: jsdom's selector engine took 7 ms a page for
  // `[class*="sig" i]` on the Zyte set, the walk and the tests well under one.
  for (const el of elementsInTreeOrder(page)) {
    if (!mentionsSig(el) || !named(el) || insideMention(el)) continue;
    const whole = collapseSpace(el.textContent ?? '');
    if (!whole || whole.length > MAX_SIGNATURE_CHARS) continue;
    boxes += 1;
    lines.add(whole);
    for (const line of blockText(el).split('\n')) if (line.trim()) lines.add(collapseSpace(line));
  }
  return { lines, boxes };
}
