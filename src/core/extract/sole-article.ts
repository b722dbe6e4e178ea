/**
 * A second look when Readability picked the wrong block: a page marks its story with one `<article>` element (or
 * one `itemprop="articleBody"`), Readability scores a menu or a neighbouring story higher, and the reader gets
 * "NFL / NBA / NCAAF / …" instead of the story (247Sports: the scores bar beat the report). The marked block is
 * set aside before Readability takes the clone apart; when almost none of its paragraphs reach Readability's
 * article and that article holds less prose than the block, Readability runs again on that block alone.
 *
 * Only a page with exactly one such block holding at least three long paragraphs: a teaser card, a feed of
 * `<article>`s or a short block proves nothing. A page where Readability kept most of the block is left alone.
 */
import { Readability } from '@mozilla/readability';

/** A paragraph long enough to be the story's own, not a caption or a label. */
const LONG_PARAGRAPH = 80;
const MIN_PARAGRAPHS = 3;
/** Readability kept less than this share of the block's long paragraphs: it picked something else. */
const MISSED_SHARE = 0.3;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function longParagraphs(block: Element): string[] {
  return Array.from(block.querySelectorAll('p'))
    .map((p) => squash(p.textContent ?? ''))
    .filter((text) => text.length >= LONG_PARAGRAPH);
}

/** Whether `block` has MIN_PARAGRAPHS long paragraphs: asked of every page, so it stops at the third. */
function hasLongParagraphs(block: Element): boolean {
  let found = 0;
  // Item by item from the live collection: Array.from would find every paragraph of a 20,000-paragraph block.
  const paragraphs = block.getElementsByTagName('p');
  for (let i = 0, p = paragraphs.item(0); p; p = paragraphs.item(++i)) {
    const text = p.textContent ?? '';
    // Collapsing white space only shortens: a paragraph already short is not read twice.
    if (text.length >= LONG_PARAGRAPH && squash(text).length >= LONG_PARAGRAPH && ++found >= MIN_PARAGRAPHS)
      return true;
  }
  return false;
}

/** The page's one marked story block, copied (Readability is about to take the clone apart), or null. */
export function soleArticle(doc: Document): Element | null {
  for (const selector of ['[itemprop="articleBody"]', 'article']) {
    const found = doc.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const block = found[0]!;
    if (block.closest('nav, aside, header, footer') || !hasLongParagraphs(block)) continue;
    return block.cloneNode(true) as Element;
  }
  return null;
}

/**
 * Whether Readability's article (`picked`) left out almost all of the marked block's paragraphs and holds less
 * prose than the block: a story split over sibling blocks, where Readability took the larger part, stays as it is.
 */
export function missedArticle(block: Element, picked: Element): boolean {
  const paragraphs = longParagraphs(block);
  const pickedParagraphs = longParagraphs(picked);
  const prose = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  if (prose(pickedParagraphs) >= prose(paragraphs)) return false;
  const kept = squash(picked.textContent ?? '');
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
  const parsed = new Readability<Element>(doc, {
    keepClasses: true,
    charThreshold,
    serializer: (node) => node as Element,
  }).parse();
  return parsed?.content && parsed.textContent?.trim() ? parsed.content : null;
}
