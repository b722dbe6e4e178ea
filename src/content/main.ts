/**
 * The content script, injected only when the reader asks (activeTab). It runs the content-side pipeline
 * (pipeline.ts: live verdicts, then core.clean on a clone) and returns the result as the value of its last
 * expression (see build.mjs):
 *
 *   page (read only) ──► cleanLivePage (+ the reader's fix for the site, if extract-tab.ts passed one)
 *                    ──► Result<Article> ──────────────────────────► background ──► popup
 *                        └ a pager? ─► follow.ts (following pages) ─┘  (a promise: executeScript waits for it)
 *
 * A page without a pager answers at once, as before; with one, the answer waits for the following pages, within
 * their time budget (core/pages/follow.ts: 8 s), and the popup shows the joined article in one go — one render, so
 * a reader who starts reading, listening or saving never has the article change under them.
 * It never modifies the page and never throws: every failure is returned as data, in the reader's language.
 */
import { fail, ok, type ContentTiming, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import { followingPages } from '../core/pages/pager.js';
import { cleanLivePage } from './pipeline.js';
import { takeSiteRules } from './site-rules-global.js';
import { withFollowingPages } from './follow.js';
import { deadlineBudget } from '../core/budget.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';

type Answer = Response<'extract-tab'>;
type TimedAnswer = Answer & { timing?: ContentTiming };

const wallClock = () => performance.timeOrigin + performance.now();

/** `budgetMs`: the time budget of the clean (the extension runs with the default; tests pass a tiny one). */
export function run(budgetMs: number = CLEAN_BUDGET_MS): TimedAnswer | Promise<TimedAnswer> {
  const started = wallClock();
  const { __winnow_parsed_at: parsed } = globalThis as { __winnow_parsed_at?: number };
  const timed = (answer: Answer): TimedAnswer => ({ ...answer, timing: { parsed, started, done: wallClock() } });
  const answer = clean(budgetMs);
  return answer instanceof Promise ? answer.then(timed) : timed(answer);
}

function clean(budgetMs: number): Answer | Promise<Answer> {
  try {
    const siteRules = takeSiteRules();
    const start = performance.now();
    const budget = deadlineBudget(start + budgetMs, () => performance.now());
    const outcome = cleanLivePage(document, window, location.href, siteRules, budget);
    switch (outcome.kind) {
      case 'article':
        if (followingPages(document, location.href).length === 0) return ok(outcome.article);
        return withFollowingPages(document, window, location.href, outcome.article, siteRules).then(ok);
      case 'too-many-elements':
        return fail('too-large', t('errorTooLarge', outcome.count.toLocaleString()));
      case 'too-much-text':
        return fail('too-large', t('errorTooMuchText', outcome.count.toLocaleString()));
      case 'pdf':
        return fail('restricted', t('errorPdf'));
      case 'not-html':
        return fail('no-article', t('errorNotHtml'));
      case 'no-article':
        return fail('no-article', t(outcome.framed ? 'errorInFrame' : 'errorNoArticle'));
    }
  } catch (error) {
    return fail('failed', t('errorFailed', error instanceof Error ? error.message : String(error)));
  }
}
