/**
 * Visible link farms (pattern 16): a block of links to many foreign sites whose anchors are spam terms,
 * injected at the end of the page or beside the article (`<div class='fflink'>` of 贝博体育 ×40). Anchors are
 * matched after normalisation (lexicon.ts: 繁體 → both spellings, zero-width and full-width folded).
 * A genuine 友情链接 footer (links to .gov.cn sites) has no lexicon hits; a related-news block links home.
 *
 * English farms (casino, payday loans, replica watches) are mostly made of words that are also news words, so
 * for them the shape decides: most foreign links are short keyword anchors. A further-reading list on an
 * article about gambling regulation carries the same words inside whole headlines, and stays.
 *
 * Small farms (3–6 anchors in a paragraph of their own inside the article) are judged by structure with the
 * lexicon (keywordCluster): the anchors leave for foreign sites, each is a short keyword phrase, most carry
 * lexicon terms, and there is next to no prose around them. A real paragraph citing three foreign sources has
 * sentences between its links; a further-reading list has headlines, not keywords; a blogroll and a 友情链接
 * footer to .gov.cn sites have no lexicon terms.
 */
import type { Removal } from '../types.js';
import { capText } from '../dom.js';
import { isLatinTerm, lexiconHits, visibleText } from './lexicon.js';
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

/** A keyword cluster: this many foreign links at least (two are a citation, not a farm). */
const MIN_CLUSTER_LINKS = 3;
/** At least this many distinct foreign sites among them. */
const MIN_CLUSTER_DOMAINS = 2;
/** A short anchor: at most this many Latin words, or this many characters of Han text. */
const CLUSTER_ANCHOR_WORDS = 5;
const CLUSTER_ANCHOR_HAN = 16;
/**
 * Prose a cluster may hold besides its anchors, in letters: a label ("Partners:", 友情链接) or a few glue words,
 * never a sentence. The larger of the two bounds applies.
 */
const CLUSTER_PROSE_LETTERS = 40;
const CLUSTER_PROSE_SHARE = 0.35;
/** Share of the foreign anchors that must be short and carry lexicon terms. */
const CLUSTER_KEYWORD_SHARE = 0.6;
/** Anchors of weak terms alone (Casino, Poker, Slots) need more of them than anchors of strong terms. */
const CLUSTER_WEAK_ONLY_ANCHORS = 4;
const CLUSTER_WEAK_ONLY_SHARE = 0.8;

const LETTERS = /[\p{L}\p{N}]/gu;
const letterCount = (text: string): number => text.match(LETTERS)?.length ?? 0;
const HAN_CHARS = /[\u3400-\u9fff\uf900-\ufaff]/g;

interface Farm {
  el: Element;
  links: number;
}

function assess(el: Element, domainOf: (a: Element) => string | null): boolean {
  const links = linksIn(el);
  return bigFarm(el, links, domainOf) || keywordCluster(el, links, domainOf);
}

/** A block of many foreign links with spam anchors and little else (the fflink footer, pattern 16). */
function bigFarm(el: Element, links: readonly Element[], domainOf: (a: Element) => string | null): boolean {
  if (links.length < MIN_FOREIGN_LINKS) return false;
  const domains = new Set<string>();
  let foreignLinks = 0;
  let linkText = 0;
  const anchors: string[] = [];
  const foreignTexts: string[] = [];
  for (const a of links) {
    const text = visibleText(a.textContent);
    linkText += text.length;
    const d = domainOf(a);
    if (!d) continue;
    foreignLinks++;
    domains.add(d);
    anchors.push(text, a.getAttribute('title') ?? '');
    foreignTexts.push(text);
  }
  if (foreignLinks < MIN_FOREIGN_LINKS || domains.size < MIN_DOMAINS) return false;
  const total = visibleText(el.textContent).length;
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
  return (
    latin !== null &&
    latin.anchors >= MIN_FOREIGN_LINKS &&
    latin.anchors / foreignTexts.length >= MIN_KEYWORD_SHARE &&
    latin.strong.length + latin.weak.length >= 2
  );
}

/** Whether an anchor's text is a keyword phrase rather than a headline or a sentence. */
function isShortAnchor(text: string): boolean {
  const han = text.match(HAN_CHARS)?.length ?? 0;
  if (han > CLUSTER_ANCHOR_HAN) return false;
  const latin = text
    .replace(HAN_CHARS, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return latin.length <= CLUSTER_ANCHOR_WORDS && han + latin.length > 0;
}

/**
 * A few spam anchors to foreign sites standing on their own (issue 13's small farms): three or more foreign
 * links, most of them short keyword anchors carrying lexicon terms, and next to no prose in the block.
 */
function keywordCluster(el: Element, links: readonly Element[], domainOf: (a: Element) => string | null): boolean {
  if (links.length < MIN_CLUSTER_LINKS) return false;
  const foreign = links.filter((a) => domainOf(a) !== null);
  if (foreign.length < MIN_CLUSTER_LINKS) return false;
  if (new Set(foreign.map(domainOf)).size < MIN_CLUSTER_DOMAINS) return false;
  // Prose is whatever letters the block holds outside every link (its own links included).
  let linkLetters = 0;
  for (const a of links) linkLetters += letterCount(a.textContent ?? '');
  const prose = letterCount(el.textContent ?? '') - linkLetters;
  if (prose > Math.max(CLUSTER_PROSE_LETTERS, CLUSTER_PROSE_SHARE * linkLetters)) return false;
  let keyword = 0;
  let strongAnchors = 0;
  const terms = new Set<string>();
  for (const a of foreign) {
    const text = visibleText(a.textContent);
    if (!isShortAnchor(text)) continue;
    const hits = lexiconHits(`${text} ${a.getAttribute('title') ?? ''}`);
    if (hits.strong.length + hits.weak.length === 0) continue;
    keyword++;
    if (hits.strong.length > 0) strongAnchors++;
    for (const t of [...hits.strong, ...hits.weak]) terms.add(t);
  }
  const share = keyword / foreign.length;
  if (keyword < MIN_CLUSTER_LINKS || share < CLUSTER_KEYWORD_SHARE) return false;
  // Two anchors of strong terms, or one backed by other terms: a lone "Viagra" link may be a drug's page.
  if (strongAnchors >= 2 || (strongAnchors === 1 && terms.size >= 3)) return true;
  return keyword >= CLUSTER_WEAK_ONLY_ANCHORS && share >= CLUSTER_WEAK_ONLY_SHARE && terms.size >= 3;
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
  if (foreign.length < MIN_CLUSTER_LINKS) return [];
  // Every farm, Chinese or English, needs lexicon terms in its foreign anchors: one match over all of them
  // spares the block-by-block assessment on the ordinary page, whose share and social links have none.
  const anchorText = foreign.map((a) => `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''}`).join(' ');
  const hits = lexiconHits(anchorText);
  if (hits.strong.length + hits.weak.length === 0) return [];
  // Count foreign links per ancestor first; only blocks with enough of them are assessed.
  const counts = new Map<Element, number>();
  for (const a of foreign) {
    let el: Element | null = a.parentElement;
    for (let i = 0; i < LEVELS && el && el !== body; i++, el = el.parentElement)
      counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  const farms: Farm[] = [];
  for (const [el, n] of counts) if (n >= MIN_CLUSTER_LINKS && assess(el, domainOf)) farms.push({ el, links: n });
  // The outermost qualifying block takes its inner blocks with it.
  const removed: Removal[] = [];
  for (const { el } of farms) {
    if (!el.isConnected || farms.some((f) => f.el !== el && f.el.contains(el))) continue;
    const text = visibleText(el.textContent);
    el.remove();
    removed.push({ reason: 'spam:linkfarm', text: capText(text) });
  }
  return removed;
}
