/**
 * Readers' comments kept after the article. Readability drops blocks classed `comment`, but a German site's
 * `kommentar`, a Spanish one's `comentario`, a Dutch one's `reactie` and threads with no telling class pass, and
 * the thread joins the story. A thread is known by its shape, in any language:
 *  - three or more adjacent items printed by one template (util.ts `sameTemplateRuns`);
 *  - each signed: a short header (or footer) with a name, a date and a time of day ("Peter M. 12.03.2019 um
 *    14:35", "anna_k — 2019-03-12 14:35", "Sam says: March 12, 2019 at 2:35 pm"), and something said beside it;
 *  - all of it after the article: no paragraph of prose follows the thread, and the story before it is real.
 * A chronology's entries carry dates without times, a live blog's times without dates, a list of quotes neither:
 * none is taken. A forum thread
 * whose posts are the page is left too: there is no story before it.
 */
import { blockText } from '../../text.js';
import { alive, leafBlocks, remove, sameTemplateRuns, textOf, wordCount, type PruneContext } from './util.js';

const MIN_COMMENTS = 3;
/** A name, a date and a time, with a word or two ("schrieb am", "says", "Antworten"). */
const MAX_SIGNATURE_WORDS = 12;
/** The story before the thread: at least this many words, and this share of the thread's. */
const MIN_STORY_WORDS = 80;
const MIN_STORY_SHARE = 0.25;
/** A block this long after the thread is the article going on: the run is not a thread at the end. */
const PROSE_WORDS = 25;

/** A time of day: 14:35, 14h35, 2:35 pm. */
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u;
/** A date: numeric (12.03.2019, 2019-03-12, 3/12/19) or any with its year ("March 12, 2019", "12. März 2019"). */
const DATE = /(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})(?!\d)/u;
const DATES_AND_TIMES = new RegExp(`${TIME.source}|${DATE.source}`, 'gu');

/**
 * The first or last lines of an item, up to three and MAX_SIGNATURE_WORDS, when they sign it: a date and a time
 * of day (a chronology's entries have dates, a live blog's times, a comment both) and a name beside them.
 */
function signed(lines: string[]): boolean {
  let words = 0;
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    words += wordCount(lines[i]!);
    if (words > MAX_SIGNATURE_WORDS) return false;
    const signature = lines.slice(0, i + 1).join(' ');
    if (!TIME.test(signature) || !DATE.test(signature)) continue;
    return /\p{L}{2}/u.test(signature.replace(DATES_AND_TIMES, ' '));
  }
  return false;
}

/** An item shaped as a comment: signed at its head or its foot, and more said than the signature. */
function isComment(item: Element): boolean {
  const lines = blockText(item)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return false;
  return signed(lines) || signed([...lines].reverse());
}

export function pruneComments(ctx: PruneContext): void {
  for (const parent of [ctx.root, ...Array.from(ctx.root.querySelectorAll('*'))]) {
    if (parent !== ctx.root && !alive(ctx, parent)) continue;
    for (const run of sameTemplateRuns(parent, MIN_COMMENTS)) {
      if (!run.every(isComment)) continue;
      const first = run[0]!;
      const last = run[run.length - 1]!;
      let before = 0;
      let proseAfter = false;
      for (const block of leafBlocks(ctx.root)) {
        if (run.some((item) => item.contains(block))) continue;
        const words = wordCount(textOf(block));
        if (first.compareDocumentPosition(block) & 2 /* PRECEDING */) before += words;
        else if (last.compareDocumentPosition(block) & 4 /* FOLLOWING */ && words >= PROSE_WORDS) proseAfter = true;
      }
      const thread = run.reduce((n, item) => n + wordCount(textOf(item)), 0);
      if (proseAfter || before < MIN_STORY_WORDS || before < thread * MIN_STORY_SHARE) continue;
      for (const item of run) remove(ctx, item, 'comments');
    }
  }
}
