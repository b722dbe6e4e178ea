/**
 * Substring search that works for Chinese: no word tokenisation (Chinese has no spaces to split on), just
 * folded substrings. Folding: NFKC (full-width ＡＢＣ１２３ and half-width ｶﾅ become ordinary letters),
 * lower case, runs of whitespace as one space. Several space-separated terms must all occur.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** The query's terms, folded; empty when the query is blank (everything matches). */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

export function matches(folded: string, terms: readonly string[]): boolean {
  return terms.every((term) => folded.includes(term));
}
