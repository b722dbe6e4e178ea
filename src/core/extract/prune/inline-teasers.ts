/**
 * Headlines of the site's other stories set between the story's paragraphs, each a paragraph that is one link and
 * nothing else ("Huragan Krzysztof Piątek szaleje w Turcji. Tak reprezentant Polski idzie po strzelecką koronę
 * [WIDEO]" in a Super Express match report). No label says what they are (related.ts reads "Lesen Sie auch:" and
 * its kin), so they are known by their shape: the whole paragraph is a link of a headline's length to another page
 * of the page's own site, alone or in a run of such, between two blocks of the story, one of them a paragraph. A
 * link to another site is the author's source and stays (citations.ts); so does a link in a sentence, a run of links
 * at the story's end (tail-links.ts), and a link that says half the article's title over again: another part of the
 * author's series ("Implementing Cart Microservice using Domain Driven Design — Part 1" under "Building Domain
 * Driven Microservices"), or a story that follows this one.
 */
import { pageDomain, foreignDomain } from '../../spam/hosts.js';
import { alive, isProseBlock, leafBlocks, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';
import { elementsByTag } from '../../dom.js';

/** Words that name a subject: four letters or more, compared by their first five (a plural, a case ending). */
const subjectWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5)));

/** Whether `text` says at least half of the title's subject words, and two or more. */
function repeatsTitle(text: string, title: string): boolean {
  const titled = subjectWords(title);
  const said = subjectWords(text);
  let shared = 0;
  for (const word of titled) if (said.has(word)) shared++;
  return shared >= 2 && shared * 2 >= titled.size;
}

/** A headline's length, in words. */
const MIN_WORDS = 5;
const MAX_WORDS = 30;

/** The one link `block` is, when its whole text is that link's. */
function soleLink(block: Element): Element | null {
  const links = elementsByTag(block, 'a');
  if (links.length !== 1) return null;
  const link = links[0]!;
  return textOf(link) === textOf(block) ? link : null;
}

/** Whether `link` leads to another page of the page's own site. */
function toOwnSite(link: Element, page: string): boolean {
  const href = link.getAttribute('href')?.trim() ?? '';
  if (!href || /^(?:#|javascript:|mailto:|tel:)/i.test(href) || foreignDomain(link, page) !== null) return false;
  try {
    const doc = link.ownerDocument;
    const target = new URL(href, doc.URL);
    const here = new URL(doc.URL);
    return /^https?:$/.test(target.protocol) && target.pathname !== here.pathname;
  } catch {
    return false;
  }
}

export function pruneInlineTeasers(ctx: PruneContext): void {
  const page = pageDomain(ctx.root.ownerDocument);
  if (!page) return;
  const blocks = leafBlocks(ctx.root);
  const teaser = (block: Element | undefined): boolean => {
    if (!block || block.localName !== 'p' || !alive(ctx, block)) return false;
    const words = wordCount(textOf(block));
    if (words < MIN_WORDS || words > MAX_WORDS || tooBig(ctx, block)) return false;
    const link = soleLink(block);
    return !!link && toOwnSite(link, page) && !repeatsTitle(textOf(link), ctx.title);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!teaser(blocks[i])) continue;
    // A run of them, with the story's blocks either side.
    let end = i;
    while (teaser(blocks[end + 1])) end++;
    const before = blocks[i - 1];
    const after = blocks[end + 1];
    if (before && after && (isProseBlock(before) || isProseBlock(after)))
      for (const block of blocks.slice(i, end + 1)) remove(ctx, block, 'teaser');
    i = end;
  }
}
