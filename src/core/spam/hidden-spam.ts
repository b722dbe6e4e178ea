/**
 * Hidden AND spam (patterns.md, "Spam verdict"): a hidden block is only called spam when it also carries a
 * spam signal — a lexicon hit, links out to foreign sites hidden the way spam hides, or a strong structural
 * signal (random tags, the 干扰码 container). Hidden-but-clean blocks (menus, a11y text, font probes, skip
 * links) stay `hidden:*` and are never counted as spam.
 */
import { isLatinTerm, lexiconHits } from './lexicon.js';
import { foreignDomains } from './hosts.js';
import { isRandomUnknownTag } from './tagsoup.js';
import { elementsByTag } from '../dom.js';

/** Hiding methods pages use for UI (menus, tabs, modals): links alone are no evidence there. */
const UI_METHODS = new Set(['display', 'visibility', 'opacity', 'attribute', 'zero-size', 'clip']);
/** The meikro/copy_web3 ganrao() container id (pattern 2). */
const GANRAO_ID = /^body_jx_\d{6}$/;

/**
 * Weak terms that count. English ones (casino, betting, pharmacy) fill whole articles about those subjects,
 * so in English they count only as link text — where a farm puts them — never from the prose around it.
 */
function weakEvidence(el: Element, weak: readonly string[]): number {
  const latin = weak.filter(isLatinTerm);
  if (latin.length === 0) return weak.length;
  const anchors = elementsByTag(el, 'a')
    .map((a) => a.textContent ?? '')
    .join(' ');
  const linked = new Set(lexiconHits(anchors).weak);
  return weak.length - latin.filter((term) => !linked.has(term)).length;
}

/** Random unknown tags inside `el`, counted up to five (a walk: the selector engine costs more). */
function randomTags(el: Element): number {
  let unknown = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  for (let n = walker.nextNode(); n && unknown < 5; n = walker.nextNode())
    if (isRandomUnknownTag(n as Element)) unknown++;
  return unknown;
}

export function hiddenSpamSignal(el: Element, method: string, page: string): boolean {
  const text = el.textContent ?? '';
  const hits = lexiconHits(text);
  if (hits.strong.length > 0) return true;
  if (GANRAO_ID.test(el.id)) return true;
  if (randomTags(el) >= 5) return true;
  const foreign = foreignDomains(el, page);
  // Weak terms (精品, 彩票) are everyday words: two of them, or one in a block parked the way spam parks it.
  const weak = foreign.size > 0 ? weakEvidence(el, hits.weak) : 0;
  if (weak >= 2 || (weak === 1 && !UI_METHODS.has(method))) return true;
  // Links to several foreign sites parked where nobody sees them (patterns 3, 8, 9, 10, 11).
  return !UI_METHODS.has(method) && foreign.size >= 2;
}
