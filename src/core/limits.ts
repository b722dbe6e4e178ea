/**
 * How large a page Winnow cleans. Past these limits the reader gets a plain answer instead of a frozen tab or a
 * swapping machine. The two sides differ because their costs differ:
 * - the CLI parses every page itself, in jsdom, where a generated 20 MB page took 138 s and 3.4 GB;
 * - a page open in the browser is already parsed and laid out, and the clean's time budget (CLEAN_BUDGET_MS)
 *   cuts the optional work short on a huge one, so only the mandatory stages grow with it: a 300,000-element
 *   page (4 MB of text) gets its article, with the budget's notice, in about 2.5 s in page in headless
 *   Chromium (Readability alone: 1.8 s). Refusing it would leave the reader with nothing.
 */
export interface PageLimits {
  /** Elements in the document. */
  maxElements: number;
  /** Characters of text in the body. */
  maxText: number;
}

/** Pages the CLI parses (jsdom). The text limit is longer than any article (a 700-page novel). */
export const CLI_PAGE_LIMITS: PageLimits = { maxElements: 150_000, maxText: 2_000_000 };

/**
 * Pages open in the browser. An article too long for session storage (Chromium's 10 MB) still reaches the
 * full-tab reader: the background holds the tab's cleaning (popup/main.ts).
 */
export const LIVE_PAGE_LIMITS: PageLimits = { maxElements: 500_000, maxText: 8_000_000 };

/**
 * The content script's time budget for one clean, in ms from its start (core/budget.ts). An ordinary page is
 * done in well under a tenth of it; a page of tens of thousands of elements reaches it, and then the rest of
 * the visibility walk and the prune rules are skipped, so the article comes with a notice instead of after a
 * long wait. The CLI has none: a batch wants the whole clean.
 */
export const CLEAN_BUDGET_MS = 1500;
