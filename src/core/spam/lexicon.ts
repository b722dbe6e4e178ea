/**
 * Spam lexicon matching. Hacked mirrors obfuscate their keywords — 繁體 spellings, zero-width characters
 * between letters, full-width Latin, pinyin glosses — so text is normalised before it is matched.
 * Terms in a `weak-` category are common in legitimate news (福利彩票, 国产) and only ever support other evidence.
 * Han terms are matched as substrings (Chinese has no word breaks); Latin-script terms (viagra, payday loans)
 * as whole words, so "escort" never fires inside "escorted" nor "xxx" inside a longer token.
 */
import { LEXICON_BY_CATEGORY } from './lexicon-data.js';
import { collapseSpace } from '../dom.js';

/**
 * Invisible characters injectors put between the letters of a term (百\u200b家\u200b乐, v\u00adiagra): zero-width
 * space, joiners, word joiner and the invisible operators after it, BOM, soft hyphen, the Mongolian vowel
 * separator and the combining grapheme joiner. None of them changes what a reader sees.
 */
const ZERO_WIDTH = /[\u034f\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]/g;
const PINYIN_GLOSS = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

/**
 * Text as a reader sees it, invisible characters dropped and white space collapsed. Not `collapsedText`: JS
 * counts U+FEFF as white space, so collapsing first would turn `p\ufeffa\ufeffy` into "p a y".
 */
export function visibleText(text: string | null | undefined): string {
  return collapseSpace((text ?? '').replace(ZERO_WIDTH, ''));
}

/** Nothing but ASCII: no invisible character, no tone mark, nothing NFKC changes. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** Folds text to the form lexicon terms are stored in. */
export function normalizeForMatching(text: string): string {
  // Most text a page is judged on is ASCII, where only the case folds: the spam rules ask this of every block.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.replace(ZERO_WIDTH, '').replace(PINYIN_GLOSS, '').normalize('NFKC').toLowerCase();
}

/** Han characters: text without any skips the Han terms. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/**
 * Han terms by their first character. Over a thousand terms asked one by one with `includes` cost a pass over
 * the text each; one pass that tries only the terms starting with the character at hand costs the same for
 * ten terms or ten thousand.
 */
const HAN_BY_FIRST = new Map<string, Array<{ term: string; weak: boolean }>>();
/** Everyday words containing a Han term (青青草原 holds 青青草): masked before Han terms are matched. */
const ORDINARY = LEXICON_BY_CATEGORY.ordinary?.split('|') ?? [];

/** Called for every occurrence of a term, with its span in the folded text. */
type Visit = (term: string, weak: boolean, start: number, end: number) => void;

/** Every occurrence of every Han term in `han`, overlapping ones included (国产精品 is also 国产, 精品). */
function scanHan(han: string, visit: Visit): void {
  for (let i = 0; i < han.length; i++) {
    const list = HAN_BY_FIRST.get(han[i] as string);
    if (!list) continue;
    for (const { term, weak } of list) if (han.startsWith(term, i)) visit(term, weak, i, i + term.length);
  }
}

/** Whether a term is matched as whole Latin-script words rather than as a Han substring. */
export const isLatinTerm = (term: string): boolean => !HAN.test(term);

/** Latin-script words (letters with diacritics included); Han next to a word is a boundary. */
const WORD = /[a-z0-9\u00c0-\u024f]+/g;

interface LatinTerm {
  words: string[];
  term: string;
  category: string;
}

/** Latin terms by their first word, longest first, so "online casino" wins over "casino" at one position. */
const LATIN_BY_FIRST = new Map<string, LatinTerm[]>();

/**
 * Both indexes in one pass over the lexicon as it is stored, category by category in the order of LEXICON. This
 * runs as the content script starts, on every click: each Latin list is sorted once at the end (the sort is
 * stable, so equal lengths keep the lexicon's order, as sorting after every insertion did), not once per term.
 */
for (const [category, terms] of Object.entries(LEXICON_BY_CATEGORY)) {
  const weak = category.startsWith('weak-');
  for (const term of terms.split('|')) {
    if (HAN.test(term)) {
      if (category === 'ordinary') continue;
      const first = term[0] as string;
      const list = HAN_BY_FIRST.get(first);
      if (list) list.push({ term, weak });
      else HAN_BY_FIRST.set(first, [{ term, weak }]);
      continue;
    }
    const words = term.match(WORD);
    const first = words?.[0];
    if (!first) continue;
    const list = LATIN_BY_FIRST.get(first);
    if (list) list.push({ words, term, category });
    else LATIN_BY_FIRST.set(first, [{ words, term, category }]);
  }
}
for (const list of LATIN_BY_FIRST.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);

/**
 * The words `candidates` answers for — a first word, or it with `s` or `es` — found by one regex over the text
 * instead of a look-up per word: the keyword-line rule asks this of the whole body's text (its scripts included),
 * a hundred thousand words on a big page, of which a handful are ever candidates. First words are made of WORD's
 * characters only, so nothing in them needs escaping.
 */
const CANDIDATE = new RegExp(
  `(?<![a-z0-9\\u00c0-\\u024f])(?:${[...LATIN_BY_FIRST.keys()].sort((a, b) => b.length - a.length).join('|')})(?:e?s)?(?![a-z0-9\\u00c0-\\u024f])`,
  'g',
);

/** A word as written, or its singular: "loans" → loan, "watches" → watch. */
const sameWord = (word: string, termWord: string): boolean =>
  word === termWord ||
  (word.length > termWord.length &&
    word.startsWith(termWord) &&
    (word.length - termWord.length === 1
      ? word.endsWith('s')
      : word.length - termWord.length === 2 && word.endsWith('es')));

function candidates(word: string): LatinTerm[] | undefined {
  return (
    LATIN_BY_FIRST.get(word) ??
    (word.endsWith('s')
      ? (LATIN_BY_FIRST.get(word.slice(0, -1)) ??
        (word.endsWith('es') ? LATIN_BY_FIRST.get(word.slice(0, -2)) : undefined))
      : undefined)
  );
}

/** Latin-script terms in folded text; one phrase is one occurrence ("online casino", not also "casino"). */
function scanLatin(folded: string, visit: Visit): void {
  if (LATIN_BY_FIRST.size === 0) return;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(folded); m; m = CANDIDATE.exec(folded)) {
    const list = candidates(m[0]);
    if (!list) continue;
    // The candidate and as many words after it as its longest term has, wherever they are in the text.
    const words = [m[0]];
    const starts = [m.index];
    WORD.lastIndex = m.index + m[0].length;
    for (let w = 1; w < (list[0] as LatinTerm).words.length; w++) {
      const next = WORD.exec(folded);
      if (!next) break;
      words.push(next[0]);
      starts.push(next.index);
    }
    WORD.lastIndex = 0;
    const match = list.find((t) => t.words.every((w, k) => k < words.length && sameWord(words[k]!, w)));
    if (!match) continue;
    const last = match.words.length - 1;
    const end = starts[last]! + words[last]!.length;
    visit(match.term, match.category.startsWith('weak-'), starts[0]!, end);
    CANDIDATE.lastIndex = end;
  }
}

/** Every term occurrence in folded text: Han terms (with everyday words masked), then Latin-script ones. */
function scanFolded(folded: string, visit: Visit): void {
  if (HAN.test(folded)) {
    let han = folded;
    // Masked with as many spaces as the word has characters, so spans still index the folded text.
    for (const word of ORDINARY) if (han.includes(word)) han = han.replaceAll(word, ' '.repeat(word.length));
    scanHan(han, visit);
  }
  scanLatin(folded, visit);
}

export interface LexiconHits {
  strong: string[];
  weak: string[];
}

/** Distinct lexicon terms found in `text` (normalised here). */
export function lexiconHits(text: string): LexiconHits {
  const hits: LexiconHits = { strong: [], weak: [] };
  const found = new Set<string>();
  scanFolded(normalizeForMatching(text), (term, weak) => {
    if (found.has(term)) return;
    found.add(term);
    (weak ? hits.weak : hits.strong).push(term);
  });
  return hits;
}

export interface LexiconCoverage {
  hits: LexiconHits;
  /** Letters and digits in the folded text. */
  letters: number;
  /** Of those, how many lie inside some term occurrence. */
  covered: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * How much of a text lexicon terms cover, in letters: a line of stuffed keywords (百家乐 时时彩 真人娱乐, or
 * "casino online slot gacor judi bola") is almost all terms; a sentence about them is mostly other words.
 */
export function lexiconCoverage(text: string): LexiconCoverage {
  const folded = normalizeForMatching(text);
  const hits: LexiconHits = { strong: [], weak: [] };
  const found = new Set<string>();
  const inTerm = new Uint8Array(folded.length);
  scanFolded(folded, (term, weak, start, end) => {
    inTerm.fill(1, start, end);
    if (found.has(term)) return;
    found.add(term);
    (weak ? hits.weak : hits.strong).push(term);
  });
  let letters = 0;
  let covered = 0;
  for (let i = 0; i < folded.length; i++) {
    // ASCII answered by its code (folded text has no upper case left, but the test does not rely on it); the rest,
    // one UTF-16 unit at a time as before, by the Unicode classes.
    const code = folded.charCodeAt(i);
    const letter =
      code < 0x80
        ? (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
        : LETTER.test(folded[i] as string);
    if (!letter) continue;
    letters++;
    covered += inTerm[i] as number;
  }
  return { hits, letters, covered };
}
