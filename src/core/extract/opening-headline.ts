/**
 * The article's opening block repeating its headline, which Readability only catches as an `<h1>`/`<h2>` equal to
 * the title. Hospital, school and government sites print the headline as a centred paragraph or a bold line at the
 * top of the body, and their `<title>` adds the site's name after a space (no separator the suffix trimmer can
 * trust): "【不忘初心 牢记使命】我院…技能大赛 湖南省中医药研究院附属医院" over a first line "【不忘初心 牢记使命】我院…技能大赛".
 * Such a block goes (the reader sees the headline once), and when it is the title without a tail, it is the
 * headline: the tail was the site's name. Legal and government documents print the title with its adoption note,
 * "…的决议（2007年6月29日…会议通过）": that block goes too.
 *
 * Only among the first three blocks, only blocks of headline size, only when the block is the whole title, the
 * title and a parenthesis, or — as the very first block — the title's start up to a separator (at least half
 * of it; a bare space in a Chinese or Japanese title): a first paragraph that merely shares words with the headline stays.
 */
import type { Removal } from '../types.js';
import { firstLeafBlocks, removalText } from './prune/util.js';

/** Compared without white space, case or width: line breaks inside a centred title come out as spaces. */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
/** What may follow the headline in a `<title>`: a separator, then the site's name. */
const SEPARATOR = /^\s*[|_\-–—:：·•/\\]/;
/** Chinese and Japanese titles separate the site's name with a bare space too: their words have none between them. */
const HAN = /\p{Script=Han}/u;
/** A title's parenthetical note: the adoption or publication line of a legal or government document. */
const NOTE = /^[（(][^（()）]{4,80}[)）]$/;
const MAX_CHARS = 200;

export interface OpeningHeadline {
  /** The title to show: the block's text when the title only added a tail to it, else the title as it was. */
  title: string;
  removed: Removal;
}

/** Removes the opening block that repeats `title` from `holder`, if there is one. */
export function takeOpeningHeadline(holder: Element, title: string): OpeningHeadline | null {
  const wanted = squash(title);
  if (wanted.length < 4) return null;
  for (const [index, block] of firstLeafBlocks(holder, 3).entries()) {
    const text = removalText(block);
    if (text.length > MAX_CHARS || block.querySelector('img, picture, video, table')) continue;
    const seen = squash(text);
    let kept = title;
    if (seen === wanted) kept = title;
    else if (seen.startsWith(wanted) && NOTE.test(seen.slice(wanted.length))) kept = title;
    // The title's start only as the article's very first line: further down, such a line is a subhead.
    else if (index === 0 && wanted.startsWith(seen) && seen.length * 2 >= wanted.length && tailFollows(title, text))
      kept = text;
    else continue;
    block.remove();
    return { title: kept, removed: { reason: 'prune:headline', text } };
  }
  return null;
}

/** Whether `title` goes on after `line` with a separator (a tail), not mid-word or mid-sentence. */
function tailFollows(title: string, line: string): boolean {
  const squashedLine = squash(line);
  // Walk the title until its squashed prefix covers the line, then look at what comes next.
  let covered = '';
  for (let i = 0; i < title.length; i++) {
    covered += squash(title[i]!);
    if (covered.length < squashedLine.length) continue;
    const rest = title.slice(i + 1);
    return SEPARATOR.test(rest) || (/^\s/.test(rest) && HAN.test(line));
  }
  return false;
}
