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

/** Optional work a clean can cut short: the live visibility walk, the prune rules after Readability. */
export type SkippedStage = 'visibility' | 'prune';

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
