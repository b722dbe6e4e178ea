/**
 * Visible link farms (pattern 16): a block of links to many foreign sites whose anchors are spam terms,
 * injected at the end of the page or beside the article (`<div class='fflink'>` of 贝博体育 ×40). Anchors are
 * matched after normalisation (lexicon.ts: 繁體 → both spellings, zero-width and full-width folded).
 * A genuine 友情链接 footer (links to .gov.cn sites) has no lexicon hits; a related-news block links home.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { lexiconHits } from './lexicon.js';
import { foreignDomain, pageDomain } from './hosts.js';

const MIN_FOREIGN_LINKS = 5;
const MIN_DOMAINS = 3;
const MIN_LINK_DENSITY = 0.6;
/** How far up from a link a farm's container may sit. */
const LEVELS = 3;

interface Farm {
  el: Element;
  links: number;
}

function assess(el: Element, domainOf: (a: Element) => string | null): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length < MIN_FOREIGN_LINKS) return false;
  const domains = new Set<string>();
  let foreignLinks = 0;
  let linkText = 0;
  const anchors: string[] = [];
  for (const a of links) {
    const text = collapsedText(a);
    linkText += text.length;
    const d = domainOf(a);
    if (!d) continue;
    foreignLinks++;
    domains.add(d);
    anchors.push(text, a.getAttribute('title') ?? '');
  }
  if (foreignLinks < MIN_FOREIGN_LINKS || domains.size < MIN_DOMAINS) return false;
  const total = collapsedText(el).length;
  if (total === 0 || linkText / total < MIN_LINK_DENSITY) return false;
  const hits = lexiconHits(anchors.join(' '));
  // Two distinct strong terms, or one strong backed by weak ones: a single 彩票 link is a lottery news link.
  return hits.strong.length >= 2 || (hits.strong.length === 1 && hits.weak.length >= 1);
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
  // Count foreign links per ancestor first; only blocks with enough of them are assessed.
  const counts = new Map<Element, number>();
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if (!domainOf(a)) continue;
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
