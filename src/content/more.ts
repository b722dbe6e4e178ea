/**
 * The cleaner's second script (handover.ts), injected by the background after content.js answered `more`:
 *
 *   follow      page one's article ─► following pages (follow.ts: the reader's setting, fetch, static verdicts, join)
 *   unmeasured  the page ─► cleanLivePage with the static verdicts (the live measure threw) ─► as content.js would
 *
 * Its answer replaces the first one. With nothing handed over (a page that navigated in between), it says so.
 * It never modifies the page and never throws: every failure is returned as data, in the reader's language.
 */
import { ok } from '../messages/protocol.js';
import { followingPages } from '../core/pages/pager.js';
import { staticVerdicts } from '../core/visibility/static.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';
import { cleanLivePage } from './pipeline.js';
import { withFollowingPages } from './follow.js';
import { takeHandover } from './handover.js';
import { answerFor, failed, wallClock, type Answer, type TimedAnswer } from './answer.js';

export async function run(): Promise<TimedAnswer> {
  const started = wallClock();
  const answer = await more();
  return { ...answer, timing: { started, done: wallClock() } };
}

async function more(): Promise<Answer> {
  try {
    const handover = takeHandover();
    if (!handover) return failed('nothing was handed over');
    const { siteRules } = handover;
    if (handover.more === 'follow' && handover.article) {
      return ok(await withFollowingPages(document, window, location.href, handover.article, siteRules));
    }
    const outcome = cleanLivePage(document, window, location.href, siteRules, CLEAN_BUDGET_MS, staticVerdicts);
    if (outcome.kind === 'unmeasured') return failed('the page could not be measured');
    if (outcome.kind === 'article' && followingPages(document, location.href).length > 0)
      return ok(await withFollowingPages(document, window, location.href, outcome.article, siteRules));
    return answerFor(outcome);
  } catch (error) {
    return failed(error);
  }
}
