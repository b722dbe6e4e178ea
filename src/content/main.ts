/**
 * The content script, injected only when the reader asks (activeTab). It runs the content-side pipeline
 * (pipeline.ts: live verdicts, then core cleanMeasured on a clone) and returns the result as the value of its last
 * expression (see build.mjs):
 *
 *   page (read only) ──► cleanLivePage (+ the reader's fix for the site, if extract-tab.ts passed one)
 *                    ──► Result<Article> ──────────────────────────────────────► background ──► popup
 *                        └ a pager, or a page layout cannot measure: `more` ─► more.js (handover.ts) ─┘
 *
 * It carries only what every click needs: it is parsed and compiled on each click, before anything else can
 * happen. The following pages of a multi-page article (and the static verdicts they are cleaned with) are in the
 * second script, more.ts, which the background injects when this one says so: the popup shows the joined article
 * in one go, within the following pages' time budget (core/pages/follow.ts: 8 s), as before.
 * It never modifies the page and never throws: every failure is returned as data, in the reader's language.
 */
import { fail, ok } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import { followingPages } from '../core/pages/pager.js';
import { cleanLivePage } from './pipeline.js';
import { takeSiteRules } from './site-rules-global.js';
import { leaveHandover } from './handover.js';
import { answerFor, failed, wallClock, type TimedAnswer } from './answer.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';

/** `budgetMs`: the time budget of the clean (the extension runs with the default; tests pass a tiny one). */
export function run(budgetMs: number = CLEAN_BUDGET_MS): TimedAnswer {
  const started = wallClock();
  const { __winnow_parsed_at: parsed } = globalThis as { __winnow_parsed_at?: number };
  return { ...clean(budgetMs), timing: { parsed, started, done: wallClock() } };
}

function clean(budgetMs: number): TimedAnswer {
  try {
    const siteRules = takeSiteRules();
    const outcome = cleanLivePage(document, window, location.href, siteRules, budgetMs);
    if (outcome.kind === 'unmeasured') {
      leaveHandover({ more: 'unmeasured', siteRules });
      // What the reader is told if the second script cannot run at all.
      return { ...fail('failed', t('errorFailed', 'the page could not be measured')), more: 'unmeasured' };
    }
    if (outcome.kind === 'article' && followingPages(document, location.href).length > 0) {
      leaveHandover({ more: 'follow', article: outcome.article, siteRules });
      return { ...ok(outcome.article), more: 'follow' };
    }
    return answerFor(outcome);
  } catch (error) {
    return failed(error);
  }
}
