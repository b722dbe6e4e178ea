/**
 * Lines that are only replacement characters ("������"): bytes the page itself stored broken — an emoji or a
 * multi-byte character cut by the site's software and saved that way — which every browser shows as they are.
 * They say nothing, so they go. Only a whole run of text with no letter, digit or symbol in it: a line where text
 * and broken characters mix keeps them, as the reader must see where text was lost (a page decoded with the wrong
 * charset shows this way too, and is the decoder's to fix, not this rule's).
 */
import { removeTextNode, type PruneContext } from './util.js';

/** Replacement characters, with at most spaces and punctuation around them. */
const ONLY_REPLACEMENT = /^[\s\p{P}\uFFFD]*\uFFFD[\s\p{P}\uFFFD]*$/u;
/** NodeFilter.SHOW_TEXT: the constant itself, as the DOM in the CLI and in the page both take it. */
const SHOW_TEXT = 4;

export function pruneGarbledLines(ctx: PruneContext): void {
  // Most articles have no replacement character at all: one look at the whole text first.
  if (!ctx.root.textContent?.includes('\uFFFD')) return;
  const walker = ctx.root.ownerDocument.createTreeWalker(ctx.root, SHOW_TEXT);
  const garbled: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (ONLY_REPLACEMENT.test((node as Text).data)) garbled.push(node as Text);
  for (const node of garbled) removeTextNode(ctx, node, 'garbled');
}
