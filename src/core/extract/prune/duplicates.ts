/**
 * Text the article already said, in the two shapes pages repeat themselves:
 *  - a copy of the story: Business Insider ships a hidden schema.org block (un-hidden by the visibility
 *    pass because it holds the article's text) that repeats the whole story as one paragraph. A long block
 *    whose runs all appeared before, spread over several earlier paragraphs, is such a copy;
 *  - the same line twice in a row: Hearst galleries print each caption twice (`caption-full`,
 *    `caption-truncated`).
 * Repeats that are the article's own stay: each picture's own caption, however alike (a list of figures
 * captioned alike, Readability's dev418), an interview asking each guest the same question, a meal plan
 * listing the same breakfast every day (both in the Zyte set) repeat single paragraphs, far apart.
 * The first copy always stays, so nothing is lost to the reader; this rule alone may take a long block.
 */
import { alive, leafBlocks, remove, shingleSet, textOf, tokens, type PruneContext } from './util.js';

/** A copy of the story is long: a repeated paragraph or two is not. */
const MIN_COPY_TOKENS = 40;
/**
 * A line printed twice in a row is a caption or a label; a paragraph printed twice in a row is left to
 * the reader (Readability's own test pages repeat a lorem-ipsum paragraph on purpose).
 */
const MAX_REPEAT_TOKENS = 40;
/** Share of a block's runs already seen for it to count as a copy. */
const SEEN_SHARE = 0.8;
/** A copy repeats text first seen in at least this many earlier blocks. */
const MIN_SOURCES = 3;

export function pruneDuplicates(ctx: PruneContext): void {
  const firstSeen = new Map<string, number>();
  let previous = '';
  let previousFigure: Element | null = null;
  leafBlocks(ctx.root).forEach((el, index) => {
    if (!alive(ctx, el)) return;
    const text = textOf(el);
    const toks = tokens(text);
    // A caption in a figure of its own, with its picture, is that picture's caption, not a line printed twice.
    const figure = el.closest('figure');
    const ownPicture = !!figure && figure !== previousFigure && !!figure.querySelector('img, picture, svg, video');
    previousFigure = figure;
    if (toks.length >= 4 && toks.length <= MAX_REPEAT_TOKENS && text === previous && !ownPicture) {
      remove(ctx, el, 'duplicate');
      return;
    }
    previous = text;
    const runs = shingleSet(toks);
    if (toks.length >= MIN_COPY_TOKENS) {
      let repeated = 0;
      const sources = new Set<number>();
      for (const r of runs) {
        const at = firstSeen.get(r);
        if (at === undefined) continue;
        repeated++;
        sources.add(at);
      }
      if (repeated / runs.size >= SEEN_SHARE && sources.size >= MIN_SOURCES) {
        remove(ctx, el, 'duplicate');
        return;
      }
    }
    for (const r of runs) if (!firstSeen.has(r)) firstSeen.set(r, index);
  });
}
