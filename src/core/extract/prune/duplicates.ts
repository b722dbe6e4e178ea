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
 * One more shape runs the other way: a labelled summary over the story (CSDN's "摘要：…") that the story's own
 * paragraph then says again in full. There the summary goes and the story's paragraph stays.
 */
import { alive, leafBlocks, remove, shingleSet, textOf, tokens, tooBig, type PruneContext } from './util.js';

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

/** Summaries sit over the story: only its first blocks are looked at. */
const OPENING_BLOCKS = 5;
/** A summary long enough to be recognised in the paragraph that repeats it. */
const MIN_SUMMARY_TOKENS = 10;
/**
 * The label a summary box prints before its text ("摘要：", "Summary:", "Zusammenfassung:"). Only these words: a
 * numbered label ("Paragraph 3:", "国际新闻第1条：") opens one item of a list whose items say alike things, and those
 * items are the article.
 */
const SUMMARY_LABEL =
  /^(?:摘\s*要|内容提要|內容提要|提\s*要|导\s*语|導\s*語|核心提示|summary|in\s+brief|tl;?dr|zusammenfassung|das\s+wichtigste\s+in\s+kürze|en\s+bref|résumé|resumen|en\s+resumen|riassunto|in\s+sintesi|resumo|samenvatting|streszczenie|要約|概要|요약)\s*[:：]\s*/iu;

/** A labelled summary among the opening blocks whose words a later block of the article says again, whole. */
function pruneRepeatedSummary(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root).filter((el) => alive(ctx, el));
  for (const el of blocks.slice(0, OPENING_BLOCKS)) {
    const text = textOf(el);
    const unlabelled = text.replace(SUMMARY_LABEL, '');
    // Only a block that says it is a summary ("摘要：", "Summary:"): an unlabelled opening paragraph said again
    // later may be a pull quote or a highlight the page means the reader to see twice.
    if (unlabelled === text) continue;
    const runs = shingleSet(tokens(unlabelled));
    if (runs.size < MIN_SUMMARY_TOKENS - 3) continue;
    const later = blocks.slice(blocks.indexOf(el) + 1);
    const repeats = later.some((b) => {
      const other = shingleSet(tokens(textOf(b)));
      let seen = 0;
      for (const r of runs) if (other.has(r)) seen++;
      return seen / runs.size >= SEEN_SHARE;
    });
    if (repeats && !tooBig(ctx, el)) remove(ctx, el, 'duplicate');
  }
}

export function pruneDuplicates(ctx: PruneContext): void {
  pruneRepeatedText(ctx);
  // After the copies of the story are gone: a lede that only a copy repeats is the story's own, and stays.
  pruneRepeatedSummary(ctx);
}

function pruneRepeatedText(ctx: PruneContext): void {
  const firstSeen = new Map<string, number>();
  // Blocks that were the first to say some run: a copy needs MIN_SOURCES of them before it.
  let sourcesSoFar = 0;
  let previous = '';
  let previousFigure: Element | null = null;
  const blocks = leafBlocks(ctx.root);
  blocks.forEach((el, index) => {
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
    // The runs are read only to compare: with what came before, or with what comes after. The last block of a page
    // with too few sources before it is neither (a one-paragraph page of 5 MB: 900,000 runs otherwise).
    const mayBeCopy = toks.length >= MIN_COPY_TOKENS && sourcesSoFar >= MIN_SOURCES;
    if (!mayBeCopy && index === blocks.length - 1) return;
    const runs = shingleSet(toks);
    if (mayBeCopy) {
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
    const known = firstSeen.size;
    for (const r of runs) if (!firstSeen.has(r)) firstSeen.set(r, index);
    if (firstSeen.size > known) sourcesSoFar++;
  });
}
