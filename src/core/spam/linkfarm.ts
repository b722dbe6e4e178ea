/**
 * Visible link farms (pattern 16): a block of links to many foreign sites whose anchors are spam terms,
 * injected at the end of the page or beside the article (`<div class='fflink'>` of 贝博体育 ×40). Anchors are
 * matched after normalisation (lexicon.ts: 繁體 → both spellings, zero-width and full-width folded).
 * A genuine 友情链接 footer (links to .gov.cn sites) has no lexicon hits; a related-news block links home.
 *
 * English farms (casino, payday loans, replica watches) are mostly made of words that are also news words, so
 * for them the shape decides: most foreign links are short keyword anchors. A further-reading list on an
 * article about gambling regulation carries the same words inside whole headlines, and stays.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { isLatinTerm, lexiconHits } from './lexicon.js';
import { foreignDomain, pageDomain } from './hosts.js';
import { elementsNamed, linksIn } from './page-index.js';

const MIN_FOREIGN_LINKS = 5;
const MIN_DOMAINS = 3;
const MIN_LINK_DENSITY = 0.6;
/** A keyword anchor: at most this many words ("Best Online Casino", "Cheap Replica Watches"). */
const KEYWORD_ANCHOR_WORDS = 4;
/** Share of the foreign links that must be keyword anchors for the shape alone to call a farm. */
const MIN_KEYWORD_SHARE = 0.6;
/** How far up from a link a farm's container may sit. */
const LEVELS = 3;
/**
 * Text besides the links a farm may hold (a 友情链接 heading, separators). A block with more holds prose too —
 * an article a farm was injected into — and goes only through the farm inside it: a long-anchored English farm
 * otherwise gives the whole article container a farm's link density.
 */
const MAX_OTHER_TEXT = 200;

interface Farm {
  el: Element;
  links: number;
}

function assess(el: Element, domainOf: (a: Element) => string | null): boolean {
  const links = linksIn(el);
  if (links.length < MIN_FOREIGN_LINKS) return false;
  const domains = new Set<string>();
  let foreignLinks = 0;
  let linkText = 0;
  const anchors: string[] = [];
  const foreignTexts: string[] = [];
  for (const a of links) {
    const text = collapsedText(a);
    linkText += text.length;
    const d = domainOf(a);
    if (!d) continue;
    foreignLinks++;
    domains.add(d);
    anchors.push(text, a.getAttribute('title') ?? '');
    foreignTexts.push(text);
  }
  if (foreignLinks < MIN_FOREIGN_LINKS || domains.size < MIN_DOMAINS) return false;
  const total = collapsedText(el).length;
  if (total === 0 || linkText / total < MIN_LINK_DENSITY || total - linkText > MAX_OTHER_TEXT) return false;
  const all = lexiconHits(anchors.join(' '));
  const strong = all.strong.filter((t) => !isLatinTerm(t));
  const weak = all.weak.filter((t) => !isLatinTerm(t));
  const latin = [...all.strong, ...all.weak].some(isLatinTerm) ? keywordAnchors(foreignTexts) : null;
  if (latin) {
    strong.push(...latin.strong);
    weak.push(...latin.weak);
  }
  // Two distinct strong terms, or one strong backed by weak ones: a single 彩票 link is a lottery news link.
  if (strong.length >= 2 || (strong.length === 1 && weak.length >= 1)) return true;
  return latin !== null && latin.anchors >= MIN_FOREIGN_LINKS && latin.anchors / foreignTexts.length >= MIN_KEYWORD_SHARE
    && latin.strong.length + latin.weak.length >= 2;
}

interface KeywordAnchors {
  /** Foreign links whose short anchor names a Latin-script term. */
  anchors: number;
  strong: string[];
  weak: string[];
}

/**
 * Latin-script terms count only in keyword anchors (at most four words): a farm's "Payday Loans", never the
 * "Viagra at 25: how a heart drug became a household name" of a related-coverage list.
 */
function keywordAnchors(texts: readonly string[]): KeywordAnchors {
  const strong = new Set<string>();
  const weak = new Set<string>();
  let anchors = 0;
  for (const text of texts) {
    if (text.split(' ').length > KEYWORD_ANCHOR_WORDS) continue;
    const hits = lexiconHits(text);
    const s = hits.strong.filter(isLatinTerm);
    const w = hits.weak.filter(isLatinTerm);
    if (s.length + w.length === 0) continue;
    anchors++;
    for (const t of s) strong.add(t);
    for (const t of w) weak.add(t);
  }
  return { anchors, strong: [...strong], weak: [...weak] };
}

export function linkFarms(clone: Document): Removal[] {
  const body = clone.body;
  if (!body) return [];
  const page = pageDomain(clone);
  const domains = new Map<Element, string | null>();
  const domainOf = (a: Element) => {
    let d = domains.get(a);
    if (d === undefined) domains.set(a, (d = foreignDomain(a, page)));
    return d;
  };
  const foreign = elementsNamed(clone, 'a').filter((a) => a.hasAttribute('href') && domainOf(a) !== null);
  if (foreign.length < MIN_FOREIGN_LINKS) return [];
  // Every farm, Chinese or English, needs lexicon terms in its foreign anchors: one match over all of them
  // spares the block-by-block assessment on the ordinary page, whose share and social links have none.
  const anchorText = foreign.map((a) => `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''}`).join(' ');
  const hits = lexiconHits(anchorText);
  if (hits.strong.length + hits.weak.length === 0) return [];
  // Count foreign links per ancestor first; only blocks with enough of them are assessed.
  const counts = new Map<Element, number>();
  for (const a of foreign) {
    let el: Element | null = a.parentElement;
    for (let i = 0; i < LEVELS && el && el !== body; i++, el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  const farms: Farm[] = [];
  for (const [el, n] of counts) if (n >= MIN_FOREIGN_LINKS && assess(el, domainOf)) farms.push({ el, links: n });
  // The outermost qualifying block takes its inner blocks with it.
  const removed: Removal[] = [];
  for (const { el } of farms) {
    if (!el.isConnected || farms.some((f) => f.el !== el && f.el.contains(el))) continue;
    const text = collapsedText(el);
    el.remove();
    removed.push({ reason: 'spam:linkfarm', text: capText(text) });
  }
  return removed;
}
