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

/**
 * The content script's time budget for one clean, in ms from its start (core/budget.ts). An ordinary page is
 * done in well under a tenth of it; a page of tens of thousands of elements reaches it, and then the rest of
 * the visibility walk and the prune rules are skipped, so the article comes with a notice instead of after a
 * long wait. The CLI has none: a batch wants the whole clean.
 */
export const CLEAN_BUDGET_MS = 1500;
