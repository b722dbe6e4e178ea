/**
 * The following pages of a multi-page article (issue 16): from a page and its address, the addresses of the
 * later pages of the same article that the page itself links to, in page order.
 *
 *   links ─► signal? (rel=next │ "下一页", "Next page", "Weiter"… │ a number in a pager)
 *         ─► address shape (page-url.ts: same origin, only the page token differs, a later page)
 *         ─► context (not a comment pager, not the pager under a list of headlines) ─► sorted, unique
 *
 * Decided from structure, never from a list of sites. A pager under a list of headlines (a category page,
 * "older posts", a search result) pages through *other* articles: following it would glue unrelated stories
 * together, so the neighbourhood of the pager is read before it is trusted.
 */
import { laterPage } from './page-url.js';

import { isPagerBlock, linkLabel as label, NEXT_TEXT, NUMBER_TEXT } from './labels.js';

/** A container of comments or replies: its pager pages through comments, not the article. */
const COMMENTS = /comment|reply|replies|discuss|disqus|评论|評論|留言/i;

export interface PageLink {
  url: string;
  /** The page number the address carries (relative to its own numbering: `_1.html` may be the second page). */
  page: number;
}

/** Later pages of the same article linked from `doc` (at address `url`), in page order, without duplicates. */
export function followingPages(doc: Document, url: string): PageLink[] {
  // One pager's links share their blocks and neighbourhoods: each is judged once per call (a 25-link pager
  // would otherwise be walked 25 times over).
  const memo: Memo = { pager: new Map(), list: new Map() };
  const found = new Map<string, number>();
  const add = (href: string | null, signal: boolean) => {
    if (!href || !signal) return;
    const page = laterPage(url, href);
    if (page === null) return;
    const absolute = new URL(href, url);
    absolute.hash = '';
    found.set(absolute.href, page);
  };
  // <link rel=next> has no neighbourhood of its own: the page as a whole must not be a list.
  const head = doc.querySelector('link[rel~="next" i][href]');
  if (head && doc.body && !isList(doc.body, null)) add(head.getAttribute('href'), true);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const text = label(a);
    const number = NUMBER_TEXT.exec(text)?.[1];
    const rel = /(?:^|\s)next(?:\s|$)/i.test(a.getAttribute('rel') ?? '');
    const next = NEXT_TEXT.test(text);
    if (!rel && !next && number === undefined) continue;
    const page = laterPage(url, href);
    if (page === null) continue;
    // A number is a page only where the address agrees with it (1-based, or 0-based as `_1.html` for page 2)
    // and it sits among other pager labels, not alone in prose (a footnote "[2]").
    if (!rel && !next && (!agrees(Number(number), page) || !inPager(a, memo))) continue;
    if (inComments(a) || listAround(pagerBlock(a, memo), memo)) continue;
    add(href, true);
  }
  return [...found].map(([link, page]) => ({ url: link, page })).sort((x, y) => x.page - y.page);
}

interface Memo {
  /** Element → whether it holds only pager labels. */
  pager: Map<Element, boolean>;
  /** Pager block → whether a list of other articles surrounds it. */
  list: Map<Element, boolean>;
}

const agrees = (shown: number, page: number): boolean => shown === page || shown === page + 1;

function inComments(el: Element): boolean {
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement) {
    if (COMMENTS.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** The pager itself: the largest ancestor made only of pager labels (numbers, next, previous, first, last). */
function pagerBlock(a: Element, memo: Memo): Element {
  let block = a;
  for (let parent = a.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
    let only = memo.pager.get(parent);
    if (only === undefined) memo.pager.set(parent, (only = onlyPager(parent)));
    if (!only) break;
    block = parent;
  }
  return block;
}

const onlyPager = (el: Element): boolean => isPagerBlock(el);

/** The link sits in a pager: its block holds at least one other pager label (a number, next, previous). */
function inPager(a: Element, memo: Memo): boolean {
  const block = pagerBlock(a, memo);
  if (block === a) return false;
  const labels = Array.from(block.querySelectorAll('a')).filter((link) => link !== a && label(link) !== '');
  const numbers = (block.textContent ?? '').match(/\d{1,2}/g) ?? [];
  return labels.length > 0 || numbers.length > 1;
}

/**
 * Whether the content around a pager is a list of other articles: many headline links and little prose,
 * or several entries with their own headings. Looked at in the nearest ancestor with enough text to judge.
 */
function listAround(block: Element, memo: Memo): boolean {
  const known = memo.list.get(block);
  if (known !== undefined) return known;
  let section: Element = block;
  while (section.parentElement && section.localName !== 'body') {
    section = section.parentElement;
    if (outsideText(section, block).length >= 300) break;
  }
  const list = isList(section, block);
  memo.list.set(block, list);
  return list;
}

/** Many headline links and little prose, or several entries with their own headings, outside `block`. */
function isList(section: Element, block: Element | null): boolean {
  const outside = (el: Element) => !block?.contains(el);
  const text = block ? outsideText(section, block) : (section.textContent ?? '').replace(/\s+/g, '');
  if (!text) return false;
  const headlines = Array.from(section.querySelectorAll('a'))
    .filter(outside)
    .filter((link) => (link.textContent ?? '').trim().length >= 8);
  const linkText = headlines.reduce((sum, link) => sum + (link.textContent ?? '').replace(/\s+/g, '').length, 0);
  const entries = Array.from(section.querySelectorAll('h2 a, h3 a, h4 a, article')).filter(outside).length;
  return (headlines.length >= 4 && linkText / text.length > 0.5) || entries >= 3;
}

/** The text of `section` outside the pager block, whitespace collapsed. */
function outsideText(section: Element, block: Element): string {
  const all = (section.textContent ?? '').replace(/\s+/g, '');
  const own = section.contains(block) ? (block.textContent ?? '').replace(/\s+/g, '') : '';
  return all.length >= own.length ? all.slice(0, all.length - own.length) : all;
}
