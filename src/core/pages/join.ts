/**
 * The cleaned pages of one article, joined into one Article (issue 16):
 *
 *   page 1 ─┐ pager taken out
 *   page 2 ─┼─ pager, title, byline, lead and blocks an earlier page already had taken out ─► concatenated
 *   page N ─┘                                                          ─► purify (the one sink) ─► Article
 *
 * Each page of a split article repeats its header — the headline (often with "(2)" or "第2页"), the byline and
 * source line, sometimes the lead — and ends with the pager; a reader wants the story once, in order. The joined
 * HTML is sanitised again as a whole, so `content` is a purified fragment like any other, and `textContent` and
 * `length` are read from that same fragment.
 */
import type { Article, Removal } from '../types.js';
import { purifyToFragment } from '../purify.js';
import { blockText } from '../text.js';
import { isPagerBlock } from './labels.js';

/** Blocks compared across pages: the smallest units a page header or a repeated lead is made of. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, td, th, div, section, header, footer';

/** `pages[0]` is the first page; `urls` their addresses in the same order. A single page is returned as it is. */
export function joinPages(pages: readonly Article[], urls: readonly string[], win: Window): Article {
  const [first] = pages;
  if (!first) throw new Error('joinPages needs at least one page');
  if (pages.length === 1) return first;
  const seen = new Set<string>();
  const header = new Set(
    [first.title, first.byline, first.excerpt].filter((text): text is string => !!text).map(headerKey),
  );
  const holder = purifyToFragment('', win).ownerDocument.createElement('body');
  pages.forEach((page, index) => {
    const fragment = purifyToFragment(page.content, win);
    dropPagers(fragment);
    if (index > 0) {
      for (const text of [page.title, page.byline]) if (text) header.add(headerKey(text));
      dropRepeats(fragment, seen, header);
    }
    remember(fragment, seen);
    holder.append(fragment);
  });
  // The whole joined HTML through the one sink again: one fragment gives both the HTML and its text.
  const joined = purifyToFragment(holder, win);
  const textContent = blockText(joined);
  const out = joined.ownerDocument.createElement('body');
  out.append(joined);
  return {
    ...first,
    content: out.innerHTML,
    textContent,
    length: textContent.length,
    removed: uniqueRemovals(pages.flatMap((page) => page.removed)),
    pages: pages.length,
    pageUrls: [...urls],
  };
}

const squash = (text: string): string => text.replace(/\s+/g, '').toLowerCase();
/** A headline without its page mark: "标题（2）", "标题 - 第2页", "Title (page 2)", "Title, part 2". */
const headerKey = (text: string): string =>
  squash(text)
    .replace(/[(（[【]?(?:第\d+[页頁]|page\d+|\d+\/\d+|\d+)[)）\]】]?$/i, '')
    .replace(/[-–—_|:：,，]+$/, '');

/** Leaf blocks: those with no block inside, so a wrapper holding new text is never dropped for an old line. */
function leafBlocks(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
}

function remember(root: ParentNode, seen: Set<string>): void {
  for (const el of leafBlocks(root)) {
    const key = squash(el.textContent ?? '');
    if (key) seen.add(key);
  }
}

/** A later page's copy of the headline, byline, lead or any block an earlier page already showed. */
function dropRepeats(root: ParentNode, seen: Set<string>, header: Set<string>): void {
  for (const el of leafBlocks(root)) {
    const key = squash(el.textContent ?? '');
    if (!key || el.querySelector('img, picture, video, svg, math, table')) continue;
    if (seen.has(key) || header.has(headerKey(el.textContent ?? ''))) removeWithEmptyParents(el);
  }
}

/** The pager Readability kept at the foot of a page ("上一页 1 2 3 下一页", "Page 2 of 3 Next »"). */
function dropPagers(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (!(root as Node).contains(el)) continue; // inside a pager already taken out
    if (isPager(el)) removeWithEmptyParents(el);
  }
}

function isPager(el: Element): boolean {
  return !el.querySelector('img, picture, video, table') && (el.textContent ?? '').trim() !== '' && isPagerBlock(el);
}

function removeWithEmptyParents(el: Element): void {
  let target: Element = el;
  // A wrapper holding nothing else goes too, unless it carries a picture the block's text does not show.
  while (
    target.parentElement &&
    squash(target.parentElement.textContent ?? '') === squash(target.textContent ?? '') &&
    !target.parentElement.querySelector('img, picture, video, svg, math, table')
  )
    target = target.parentElement;
  target.remove();
}

function uniqueRemovals(removed: Removal[]): Removal[] {
  const keys = new Set<string>();
  return removed.filter((r) => {
    const key = `${r.reason}\u0000${r.text}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
