/**
 * The whole clean in the page's own world, for a large page (page-world.ts hands it here): past some tens of
 * thousands of elements the page's own DOM work dominates, and handing the page over as markup would only add its
 * serialising, its copy between processes and its parsing again to it (on a 100,000-element page about 0.2 s of
 * 2). Same privileges, same checks and same fall-back as the live half (see page-world.ts).
 */
import { cleanLivePage } from './pipeline.js';
import { followingPages } from '../core/pages/pager.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';
import { guarded } from './page-world-guard.js';
import { wallClock } from '../ui/stage-marks.js';
import type { PageWorldAnswer } from './page-world-answer.js';

/** `parsed`: wall-clock moment the script's first line ran (build.mjs passes it), before its modules were set up. */
export function run(parsed?: number): PageWorldAnswer {
  return guarded(parsed, (moments) => {
    const outcome = cleanLivePage(document, window, location.href, undefined, CLEAN_BUDGET_MS);
    const pager = outcome.kind === 'article' && followingPages(document, location.href).length > 0;
    return { kind: 'outcome', outcome, pager, ...moments, done: wallClock() };
  });
}
