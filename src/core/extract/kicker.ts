/**
 * The kicker: the label a page sets just above its headline — the section ("Fashion", "Kraj", "Cronaca"), the story's
 * kind ("Review", "EXCLUSIVE"), a running topic ("eye on the news"). When the story's header is inside Readability's
 * pick, the headline goes (it repeats the title) and the kicker stays, the article's first line: a stray word under
 * the title the reader already sees.
 *
 * Found from the headline, not from class names: the page's headline element (an `<h1>` or `<h2>` whose text is the
 * title the page states) and the nearest text before it in its own header — the first preceding sibling with text of
 * the headline or of one of its two nearest ancestors — when that whole box is a label: at most four words, no
 * sentence's end. It is marked in the clone before Readability runs (attributes survive its rewriting, as
 * story-end.ts's mark does) and taken from the article afterwards only where it still opens it: no prose before it.
 */
import type { Removal } from '../types.js';
import { collapsedText } from '../dom.js';
import { firstLeafBlocks, removalText, wordCount } from './prune/util.js';

const MARK = 'data-winnow-kicker';
/** A label, not a line of the story: this many words at most (a Han character counts half). */
const MAX_WORDS = 4;
const MAX_CHARS = 40;
/** How far up from the headline its header may start: the headline's own box and two around it. */
const MAX_LEVELS = 3;
/** The blocks that may stand before the kicker and it still opens the article: labels, dates, an empty figure. */
const PROSE_WORDS = 12;
/** How many of the article's first blocks are looked at for it. */
const OPENING_BLOCKS = 6;

const ENDS_SENTENCE = /[.!?。！？]["'”’»）)]?$/u;
const HAS_LETTER = /\p{L}/u;

/** The first preceding sibling with text of `headline` or of its nearest ancestors, or null. */
function textBefore(headline: Element): Element | null {
  let node: Element | null = headline;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (collapsedText(prev)) return prev;
    }
  }
  return null;
}

/** Whether `box` holds nothing a reader sees but `part`. */
const isEmptyWithout = (box: Element, part: Element): boolean =>
  collapsedText(box) === collapsedText(part) &&
  !Array.from(box.querySelectorAll('img, picture, video, iframe, svg')).some((media) => !part.contains(media));

function isLabel(text: string): boolean {
  return text.length <= MAX_CHARS && wordCount(text) <= MAX_WORDS && HAS_LETTER.test(text) && !ENDS_SENTENCE.test(text);
}

/** Marks the kicker above the page's headline in the clone, before Readability takes the clone apart. */
/** Marks the kicker above each of the page's `headlines` (headline-element.ts). */
export function markKickers(headlines: readonly Element[]): void {
  for (const headline of headlines) {
    const before = textBefore(headline);
    if (!before) continue;
    const label = collapsedText(before);
    if (!isLabel(label)) continue;
    // The box and every element in it that holds its whole text: Readability unwraps a box of one child, and the
    // mark has to survive on whichever of them it keeps.
    for (const el of [before, ...Array.from(before.querySelectorAll('*'))])
      if (collapsedText(el) === label) el.setAttribute(MARK, '');
  }
}

/** Removes a marked kicker that still opens Readability's article; the marks are taken off either way. */
export function takeKickers(holder: Element): Removal[] {
  const marks = Array.from(holder.querySelectorAll(`[${MARK}]`));
  if (!marks.length) return [];
  for (const el of marks) el.removeAttribute(MARK);
  const opening = firstLeafBlocks(holder, OPENING_BLOCKS);
  const removed: Removal[] = [];
  for (const kicker of marks) {
    // The outermost mark only (the others are inside it), and only while it is a label.
    if (marks.some((m) => m !== kicker && m.contains(kicker)) || !isLabel(collapsedText(kicker))) continue;
    // It opens the article: every block before it is short, and it is among the first blocks. A label set inline
    // beside the headline's heading belongs to no block of its own and is placed by its position alone.
    let before = 0;
    let prose = false;
    for (const block of opening) {
      if (!(block.compareDocumentPosition(kicker) & 4 /* FOLLOWING */) || block.contains(kicker)) continue;
      before++;
      prose ||= wordCount(collapsedText(block)) >= PROSE_WORDS;
    }
    if (prose || before >= opening.length) continue;
    removed.push({ reason: 'prune:kicker', text: removalText(kicker) });
    // With the boxes it leaves empty: a paragraph or a wrapper of nothing else.
    let gone: Element = kicker;
    while (gone.parentElement && gone.parentElement !== holder && isEmptyWithout(gone.parentElement, gone))
      gone = gone.parentElement;
    gone.remove();
  }
  return removed;
}
