/**
 * Spam lexicon matching. Hacked mirrors obfuscate their keywords — 繁體 spellings, zero-width characters
 * between letters, full-width Latin, pinyin glosses — so text is normalised before it is matched.
 * Terms in a `weak-` category are common in legitimate news (福利彩票, 国产) and only ever support other evidence.
 */
import { LEXICON } from './lexicon-data.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const PINYIN_GLOSS = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

/** Folds text to the form lexicon terms are stored in. */
export function normalizeForMatching(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(PINYIN_GLOSS, '').normalize('NFKC').toLowerCase();
}

/** Han characters: all but a few Latin terms (viagra, bet365) need one, so text without Han skips them. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_ONLY = LEXICON.filter(([term]) => !HAN.test(term));

export interface LexiconHits {
  strong: string[];
  weak: string[];
}

/** Distinct lexicon terms found in `text` (normalised here). */
export function lexiconHits(text: string): LexiconHits {
  const folded = normalizeForMatching(text);
  const hits: LexiconHits = { strong: [], weak: [] };
  for (const [term, category] of HAN.test(folded) ? LEXICON : LATIN_ONLY) {
    if (!folded.includes(term)) continue;
    (category.startsWith('weak-') ? hits.weak : hits.strong).push(term);
  }
  return hits;
}
