/**
 * The content script, injected only when the reader asks (activeTab). It runs the content-side pipeline
 * (pipeline.ts: live verdicts, then core.clean on a clone) and returns the result as the value of its last
 * expression (see build.mjs):
 *
 *   page (read only) ──► cleanLivePage (+ the reader's fix for the site, if extract-tab.ts passed one)
 *                    ──► Result<Article> ──► background ──► popup
 *
 * It never modifies the page and never throws: every failure is returned as data, in the reader's language.
 */
import { fail, ok, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import { cleanLivePage } from './pipeline.js';
import { takeSiteRules } from './site-rules-global.js';

export function run(): Response<'extract-tab'> {
  try {
    const outcome = cleanLivePage(document, window, location.href, takeSiteRules());
    switch (outcome.kind) {
      case 'article':
        return ok(outcome.article);
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
