/**
 * The content script, injected only when the reader asks (activeTab). It measures the live page, runs the
 * core pipeline on a clone and returns the result as the value of its last expression (see build.mjs):
 *
 *   page (read only) ──► liveVerdicts ──► core.clean(document) ──► Result<Article> ──► background ──► popup
 *                        (static verdicts if measuring the live page throws)
 *
 * It never modifies the page and never throws: every failure is returned as data.
 */
import { clean } from '../core/clean.js';
import type { Verdicts } from '../core/types.js';
import { liveVerdicts } from '../core/visibility/live.js';
import { staticVerdicts } from '../core/visibility/static.js';
import { fail, ok, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';

/** Past this many elements the page is too large to clean in the reader's tab without freezing it. */
const MAX_ELEMENTS = 150_000;

/** What the reader cannot see, measured on the live page; the static signals if layout is unavailable. */
function measure(): Verdicts {
  try {
    return liveVerdicts(document, window);
  } catch {
    return staticVerdicts(document);
  }
}

export function run(): Response<'extract-tab'> {
  try {
    const count = document.getElementsByTagName('*').length;
    if (count > MAX_ELEMENTS) {
      return fail('too-large', t('errorTooLarge', count.toLocaleString()));
    }
    if (document.contentType && !/html|xml/.test(document.contentType)) {
      return fail('no-article', t('errorNotHtml'));
    }
    const article = clean(document, { url: location.href, window, verdicts: measure() });
    return article ? ok(article) : fail('no-article', t('errorNoArticle'));
  } catch (error) {
    return fail('failed', t('errorFailed', error instanceof Error ? error.message : String(error)));
  }
}
