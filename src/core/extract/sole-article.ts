/**
 * A second look when Readability picked the wrong block: a page marks its story with one `<article>` element (or
 * one `itemprop="articleBody"`), Readability scores a menu or a neighbouring story higher, and the reader gets
 * "NFL / NBA / NCAAF / …" instead of the story (247Sports: the scores bar beat the report). The marked block is
 * set aside before Readability takes the clone apart; when almost none of its paragraphs reach Readability's
 * article and that article holds less prose than the block, Readability runs again on that block alone.
 *
 * Only a page with exactly one such block holding at least three long paragraphs — or, on a page of several
 * `<article>`s (a feed whose item pages show the rest of the feed under the story: New Republic's minutes, an
 * endless-scroll news page), the one whose own headline is the page's headline. A teaser card, a feed the page
 * does not single out, or a short block proves nothing. A page where Readability kept most of the block is left alone.
 */
import { collapsedText, collapseSpace, elementsByTag, withAttribute } from '../dom.js';
import { runReadability } from './run-readability.js';
import { trimSiteSuffix } from './headline.js';

/** A paragraph long enough to be the story's own, not a caption or a label. */
const LONG_PARAGRAPH = 80;
const MIN_PARAGRAPHS = 3;
/** Readability kept less than this share of the block's long paragraphs: it picked something else. */
const MISSED_SHARE = 0.3;

function longParagraphs(block: Element): string[] {
  return Array.from(block.querySelectorAll('p'))
    .map((p) => collapsedText(p))
    .filter((text) => text.length >= LONG_PARAGRAPH);
}

/** Whether `block` has MIN_PARAGRAPHS long paragraphs: asked of every page, so it stops at the third. */
function hasLongParagraphs(block: Element): boolean {
  let found = 0;
  // Item by item from the live collection, by index: Array.from would find every paragraph of a 20,000-paragraph
  // block, and a named read (`item`, `length`) walks the whole collection in jsdom (dom.ts, elementsByTag).
  const paragraphs = block.getElementsByTagName('p');
  for (let i = 0, p = paragraphs[0]; p; p = paragraphs[++i]) {
    const text = p.textContent ?? '';
    // Collapsing white space only shortens: a paragraph already short is not read twice.
    if (text.length >= LONG_PARAGRAPH && collapseSpace(text).length >= LONG_PARAGRAPH && ++found >= MIN_PARAGRAPHS)
      return true;
  }
  return false;
}

/** Compared as a reader reads them: case, width and white space aside. */
const plain = (s: string) => collapseSpace(s.normalize('NFKC')).toLowerCase();

/** Whether `heading` is `title`, or `title` is `heading` with the site's name after a separator (headline.ts). */
export function isTitle(heading: string, title: string): boolean {
  const h = plain(heading);
  const t = plain(title);
  return h.length > 0 && (t === h || trimSiteSuffix(t, [h]) === h);
}

/** `<article>`s not inside another one (a story's comments are often `<article>`s within it). */
function outerArticles(doc: Document): Element[] {
  return elementsByTag(doc, 'article').filter((el) => !el.parentElement?.closest('article'));
}

/**
 * Of several `<article>`s, the one whose first headline is one of `titles` (the page's own), if exactly one — and
 * only on a feed: at least two of the others lead with headlines of their own (other stories), so a story that
 * merely continues in a second `<article>` is not mistaken for one.
 */
function titledArticle(articles: Element[], titles: readonly string[]): Element | null {
  const wanted = titles.filter((t) => collapseSpace(t).length >= 8);
  if (wanted.length === 0) return null;
  const headlines = articles.map((el) => el.querySelector('h1, h2')?.textContent ?? '');
  const own = articles.filter((_, i) => wanted.some((t) => isTitle(headlines[i]!, t)));
  if (own.length !== 1) return null;
  const others = articles.filter((el, i) => el !== own[0] && collapseSpace(headlines[i]!).length > 0).length;
  return others >= 2 ? own[0]! : null;
}

/** The page's story block set aside: a copy, and whether it was singled out of a feed by its headline. */
export interface MarkedStory {
  block: Element;
  /** The block itself, in the document Readability is about to read. */
  source: Element;
  /** One of several `<article>`s, the page's own by its headline (`titledArticle`). */
  ofFeed: boolean;
}

/**
 * The page's one marked story block, copied (Readability is about to take the clone apart), or null. `titles`:
 * the page's headline as it states it (og:title, JSON-LD, `<title>`), to single out its own story in a feed.
 */
export function soleArticle(doc: Document, titles: readonly string[] = []): MarkedStory | null {
  const bodies = withAttribute(doc, 'itemprop', (value) => value === 'articleBody');
  const articles = outerArticles(doc);
  const candidates: Array<[Element | null, boolean]> = [
    [bodies.length === 1 ? bodies[0]! : null, false],
    articles.length === 1
      ? [articles[0]!, false]
      : [articles.length > 1 ? titledArticle(articles, titles) : null, true],
  ];
  for (const [block, ofFeed] of candidates) {
    if (!block || block.closest('nav, aside, header, footer') || !hasLongParagraphs(block)) continue;
    return { block: block.cloneNode(true) as Element, source: block, ofFeed };
  }
  return null;
}

/**
 * Whether Readability's article (`picked`) left out almost all of the marked block's paragraphs and holds less
 * prose than the block: a story split over sibling blocks, where Readability took the larger part, stays as it is.
 * A story singled out of a feed is taken whatever the prose beside it: Readability's pick there is other stories,
 * often several of them together.
 */
export function missedArticle(marked: MarkedStory, picked: Element): boolean {
  const paragraphs = longParagraphs(marked.block);
  const prose = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  if (!marked.ofFeed && prose(longParagraphs(picked)) >= prose(paragraphs)) return false;
  const kept = collapsedText(picked);
  const found = paragraphs.filter((p) => kept.includes(p.slice(0, LONG_PARAGRAPH))).length;
  return found < paragraphs.length * MISSED_SHARE;
}

/**
 * Readability on the marked block alone, in a document of its own with the page's language and title: its
 * article element (as the first pass's serializer gives it), or null if that finds nothing either.
 */
export function articleFromBlock(block: Element, page: Document, charThreshold: number): Element | null {
  const doc = page.implementation.createHTMLDocument(page.title);
  const lang = page.documentElement.getAttribute('lang');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.body.append(doc.importNode(block, true));
  const parsed = runReadability(doc, charThreshold);
  return parsed?.content && parsed.textContent?.trim() ? parsed.content : null;
}
