import { collapseRuns } from '../core/dom.js';
/**
 * Substring search that works for Chinese: no word tokenisation (Chinese has no spaces to split on), just
 * folded substrings. Folding: NFKC (full-width ＡＢＣ１２３ and half-width ｶﾅ become ordinary letters),
 * lower case, runs of whitespace as one space. Several space-separated terms must all occur.
 *
 * Across scripts: a term with Han characters may be expanded into its Simplified and Traditional spellings
 * (`expandTerms`), so 山东新闻 finds a saved 山東新聞. The stored text stays as saved; only the query grows.
 * The conversion itself is passed in: this file stays pure and never loads a dictionary.
 */
export function foldForSearch(text: string): string {
  return collapseRuns(text.normalize('NFKC').toLowerCase());
}

/** The query's terms, folded; empty when the query is blank (everything matches). */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** A term, or a term's spellings of which any one will do. */
export type Term = string | readonly string[];

/** Every term must occur; for a list of spellings, at least one of them. */
export function matches(folded: string, terms: readonly Term[]): boolean {
  return terms.every((term) =>
    typeof term === 'string' ? folded.includes(term) : term.some((variant) => folded.includes(variant)),
  );
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string): boolean => HAN.test(text);

/**
 * OpenCC configs worth asking for a term's spellings. All three Traditional → Simplified configs, because
 * t2s alone misses regional forms (Taiwan's 著 stays 著 in t2s, tw2s gives 着; Hong Kong's 衞 needs hk2s);
 * all three Simplified → Traditional ones, because saved articles come in OpenCC's, Taiwan's and Hong Kong's
 * spelling (爲/為, 裏/裡, 衞/衛). Phrase configs (s2twp, tw2sp) are left out: they swap vocabulary
 * (鼠标 → 滑鼠), which is a different word, not a different script.
 */
export const TO_SIMPLIFIED = ['t2s', 'tw2s', 'hk2s'] as const;
export const TO_TRADITIONAL = ['s2t', 's2tw', 's2hk'] as const;
export type VariantConfig = (typeof TO_SIMPLIFIED)[number] | (typeof TO_TRADITIONAL)[number];
export type ConvertTerm = (config: VariantConfig, text: string) => string;

/**
 * A folded term's spellings, itself first, without repeats. The Simplified forms are turned back into each
 * Traditional spelling too, so one regional Traditional form finds another (衞 → 卫 → 衛).
 */
export function termVariants(term: string, convert: ConvertTerm): string[] {
  const simplified = TO_SIMPLIFIED.map((config) => convert(config, term));
  const traditional = [term, ...simplified].flatMap((text) => TO_TRADITIONAL.map((config) => convert(config, text)));
  // Folded again so a variant compares with the folded saved text exactly as the typed term does.
  return [...new Set([term, ...simplified, ...traditional].map(foldForSearch))];
}

/**
 * Each term as its spellings; a term without Han characters stays a plain string and never reaches
 * `convert`, so Latin queries need no dictionary. A term with a single spelling stays a plain string too.
 */
export function expandTerms(terms: readonly string[], convert: ConvertTerm): Term[] {
  return terms.map((term) => {
    if (!hasHan(term)) return term;
    const variants = termVariants(term, convert);
    return variants.length === 1 ? term : variants;
  });
}
