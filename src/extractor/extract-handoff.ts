/**
 * The markup half of a click's clean, run in an extension document (issue 15): Chrome's offscreen document
 * (offscreen.ts), Firefox's background page. The page-world cleaner decided on the live page what the reader
 * cannot see, and sent the rest as markup (src/content/page-world.ts); here it is parsed inertly, and the spam
 * rules, Readability, the prune rules and DOMPurify make the article — code that stays compiled and warm between
 * clicks, where in the page it ran cold every time.
 *
 *   Handoff ──► parsePrepared ──► finishClean (spam rules, Readability, prune, purify) ──► the article, or none
 */
import { parsePrepared } from '../core/prepared-page.js';
import { finishClean } from '../core/clean-measured.js';
import { deadlineBudget } from '../core/budget.js';
import { wallClock } from '../ui/stage-marks.js';
import type { Handoff } from '../content/page-world-answer.js';
import type { LiveOutcome } from '../content/pipeline.js';

export type Extracted = Extract<LiveOutcome, { kind: 'article' | 'no-article' }>;

/** The article of a prepared page, extracted with `win`'s DOM (DOMParser, DOMPurify); within the clean's deadline. */
export function extractHandoff(handoff: Handoff, win: Window & typeof globalThis = window): Extracted {
  const { page } = handoff;
  const budget = handoff.deadline === undefined ? undefined : deadlineBudget(handoff.deadline, wallClock);
  for (const stage of handoff.skipped) budget?.skip(stage);
  const doc = parsePrepared(page, new win.DOMParser());
  const article = finishClean({ clone: doc, removed: page.removed }, { url: page.url, window: win, budget });
  return article ? { kind: 'article', article } : { kind: 'no-article', framed: handoff.framed };
}
