/**
 * How large a page Winnow cleans, the same in the browser and the CLI. Past these, cleaning takes tens of
 * seconds and gigabytes (a generated 20 MB page: 138 s and 3.4 GB in jsdom), so the reader gets a plain
 * answer instead of a frozen tab or a swapping machine.
 */
export const PAGE_LIMITS = {
  /** Elements in the document. */
  maxElements: 150_000,
  /** Characters of text in the body: longer than any article (a 700-page novel); the article also has to fit
   * the session storage that hands it to the reader. */
  maxText: 2_000_000,
} as const;
