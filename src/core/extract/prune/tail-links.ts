/**
 * Link blocks after the story's last paragraph: whatever their heading says, in whatever language, a block that
 * is mostly links, after the end of the prose, points away from the article — "Mehr zum Thema" and "Lire aussi"
 * lists, the section's latest headlines, the previous and next posts, the tags. related.ts knows such boxes by
 * their headings, in the languages it lists; this rule knows them by their structure, so it reads any language.
 * A story's own last paragraph is prose (a dozen words, under half of them links) and stays, links and all; a
 * roundup or a deals post, whose links are the article, is recognised by their share of the words, and links that
 * the last paragraph announces ("help is free and confidential:") are its own, and so is a list whose links cite
 * other sites (citations.ts: the story's sources, not the site's pages).
 */
import { citesOtherSites } from './citations.js';
import {
  alive,
  isProseBlock,
  leafBlocks,
  linkDensity,
  remove,
  textOf,
  tooBig,
  wordCount,
  type PruneContext,
} from './util.js';

const LINKED = 0.6;
/** Together, the link blocks after the prose may hold this share of the article's words at most. */
const MAX_SHARE = 0.25;

const ANNOUNCING_WORDS = 6;
const announces = (el: Element) => /[:：]$/.test(textOf(el)) && wordCount(textOf(el)) >= ANNOUNCING_WORDS;

/**
 * The blocks less those that list the article's sources (citations.ts): the blocks of one parent — a list's items,
 * a reading list's paragraphs — are judged together.
 */
function withoutSources(blocks: Element[]): Element[] {
  const groups = new Map<Element, Element[]>();
  for (const el of blocks) {
    const parent = el.parentElement ?? el;
    groups.set(parent, [...(groups.get(parent) ?? []), el]);
  }
  return [...groups.values()].filter((items) => !citesOtherSites(...items)).flat();
}

export function pruneTailLinks(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root).filter((el) => alive(ctx, el));
  let last = blocks.length - 1;
  while (last >= 0 && !isProseBlock(blocks[last]!)) last--;
  if (last < 0) return;
  // "Help is free and confidential:" — a sentence that announces what follows makes the links the story's own
  // (a box's title, "Mehr zum Thema:", is a few words, not a sentence).
  if (blocks.slice(last).some(announces)) return;
  const linked = withoutSources(
    blocks.slice(last + 1).filter((el) => linkDensity(el) >= LINKED && el.querySelector('a[href]') && !tooBig(ctx, el)),
  );
  // A deals post or a link roundup is links after a short introduction: then the links are the article.
  const words = linked.reduce((sum, el) => sum + wordCount(textOf(el)), 0);
  if (words > ctx.totalWords * MAX_SHARE) return;
  for (const el of linked) remove(ctx, el, 'tail-links');
}
