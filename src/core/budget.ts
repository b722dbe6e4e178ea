/**
 * The time budget of one clean (issue 15): past its deadline, the optional work stops and the reader gets the
 * article that is ready, with a plain notice, instead of waiting without end on a huge page.
 *
 *   verdict walk ──(overdue: stop judging, the verdicts so far stand)──► spam rules ──► Readability
 *                ──(overdue: skip the remaining prune rules)──► purify ──► Article { skipped: [...] }
 *
 * What never stops: the spam rules, Readability and purify — an article without them is not Winnow's article.
 * The clock comes in from the caller (the content script passes `performance.now`); core reads no clock of its
 * own, so a test passes a deadline already past and sees exactly what a slow page would give.
 */

/**
 * Optional work a clean can cut short: the live visibility walk, the prune rules after Readability, and the
 * content script's own sanitising (`purify`): every page that shows or saves an article sanitises it again at
 * its sink (render-article.ts, the save menu, copy, the library's import), so on a page already past its
 * deadline the first of the two passes is the one left out.
 */
export type SkippedStage = 'visibility' | 'prune' | 'purify';

export interface Budget {
  /** Whether the deadline has passed; once it has, it stays passed. */
  overdue(): boolean;
  /** Records that `stage` was cut short for time (once per stage). */
  skip(stage: SkippedStage): void;
  /** What was cut short, in the order it happened. */
  readonly skipped: readonly SkippedStage[];
}

/** A budget that ends at `deadline` on the clock `now` (the same clock, e.g. `performance.now`). */
export function deadlineBudget(deadline: number, now: () => number): Budget {
  const skipped: SkippedStage[] = [];
  let passed = false;
  return {
    overdue: () => (passed ||= now() >= deadline),
    skip: (stage) => {
      if (!skipped.includes(stage)) skipped.push(stage);
    },
    skipped,
  };
}

/** No deadline: everything runs (the CLI and the tests, where a complete clean matters more than time). */
export const UNLIMITED: Budget = {
  overdue: () => false,
  skip: () => undefined,
  skipped: [],
};

/** How often a long loop asks the clock: every this many steps (a clock read costs more than a step). */
export const CHECK_EVERY = 256;

/**
 * What the mandatory stages (the clone, the spam rules, Readability) cost per element of the page, in ms: a
 * 100,000-element page's took about 2.6 s in headless Chromium on a 2-core machine, Firefox's a little more.
 */
const MANDATORY_MS_PER_ELEMENT = 0.02;
/** The least the optional work gets, however large the page: a huge page's first screens are still judged. */
const MIN_OPTIONAL_MS = 100;

/**
 * The deadline of a clean that starts at `start` with `budgetMs` to spend on a page of `elements` elements. The
 * budget is for the whole clean, so the time the mandatory stages will take on a page this size is set aside
 * first: on a small page that is nothing, while on a 100,000-element page the visibility walk, which would
 * otherwise spend the whole budget before Readability even starts, stops after a tenth of a second.
 */
export function cleanDeadline(start: number, budgetMs: number, elements: number): number {
  return start + Math.max(Math.min(MIN_OPTIONAL_MS, budgetMs), budgetMs - elements * MANDATORY_MS_PER_ELEMENT);
}
