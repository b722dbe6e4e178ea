/**
 * Spam lexicon matching. Hacked mirrors obfuscate their keywords — 繁體 spellings, zero-width characters
 * between letters, full-width Latin, pinyin glosses — so text is normalised before it is matched.
 * Terms in a `weak-` category are common in legitimate news (福利彩票, 国产) and only ever support other evidence.
 * Han terms are matched as substrings (Chinese has no word breaks); Latin-script terms (viagra, payday loans)
 * as whole words, so "escort" never fires inside "escorted" nor "xxx" inside a longer token.
 */
import { LEXICON } from './lexicon-data.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const PINYIN_GLOSS = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

/** Folds text to the form lexicon terms are stored in. */
export function normalizeForMatching(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(PINYIN_GLOSS, '').normalize('NFKC').toLowerCase();
}

/** Han characters: text without any skips the Han terms. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_TERMS = LEXICON.filter(([term, category]) => HAN.test(term) && category !== 'ordinary');
/** Everyday words containing a Han term (青青草原 holds 青青草): masked before Han terms are matched. */
const ORDINARY = LEXICON.filter(([, category]) => category === 'ordinary').map(([term]) => term);

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
for (const [term, category] of LEXICON) {
  if (HAN.test(term)) continue;
  const words = term.match(WORD) ?? [];
  const first = words[0];
  if (!first) continue;
  const list = LATIN_BY_FIRST.get(first) ?? [];
  list.push({ words, term, category });
  list.sort((a, b) => b.words.length - a.words.length);
  LATIN_BY_FIRST.set(first, list);
}

/** A word as written, or its singular: "loans" → loan, "watches" → watch. */
const sameWord = (word: string, termWord: string): boolean =>
  word === termWord || (word.length > termWord.length && word.startsWith(termWord) && (word.length - termWord.length === 1
    ? word.endsWith('s') : word.length - termWord.length === 2 && word.endsWith('es')));

function candidates(word: string): LatinTerm[] | undefined {
  return LATIN_BY_FIRST.get(word)
    ?? (word.endsWith('s') ? LATIN_BY_FIRST.get(word.slice(0, -1)) ?? (word.endsWith('es') ? LATIN_BY_FIRST.get(word.slice(0, -2)) : undefined) : undefined);
}

/** Latin-script terms found in folded text, each once; one phrase is one hit ("online casino", not also "casino"). */
function latinHits(folded: string, found: Set<string>, hits: LexiconHits): void {
  const words = folded.match(WORD);
  if (!words) return;
  for (let i = 0; i < words.length; i++) {
    const list = candidates(words[i] as string);
    if (!list) continue;
    const match = list.find((t) => t.words.every((w, k) => i + k < words.length && sameWord(words[i + k] as string, w)));
    if (!match) continue;
    i += match.words.length - 1;
    if (found.has(match.term)) continue;
    found.add(match.term);
    (match.category.startsWith('weak-') ? hits.weak : hits.strong).push(match.term);
  }
}

export interface LexiconHits {
  strong: string[];
  weak: string[];
}

/** Distinct lexicon terms found in `text` (normalised here). */
export function lexiconHits(text: string): LexiconHits {
  const folded = normalizeForMatching(text);
  const hits: LexiconHits = { strong: [], weak: [] };
  if (HAN.test(folded)) {
    let han = folded;
    for (const word of ORDINARY) if (han.includes(word)) han = han.replaceAll(word, ' ');
    for (const [term, category] of HAN_TERMS) {
      if (!han.includes(term)) continue;
      (category.startsWith('weak-') ? hits.weak : hits.strong).push(term);
    }
  }
  latinHits(folded, new Set(), hits);
  return hits;
}
