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
import { PAGE_LIMITS } from '../core/limits.js';
import type { Verdicts } from '../core/types.js';
import { liveVerdicts } from '../core/visibility/live.js';
import { staticVerdicts } from '../core/visibility/static.js';
import { fail, ok, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';

const { maxElements: MAX_ELEMENTS, maxText: MAX_TEXT } = PAGE_LIMITS;
/** Documents Winnow can read: HTML, and XHTML served as XML. Plain text, other XML, SVG and images have no article. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/;

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
    // A PDF shown by the browser's viewer, when its address does not end in .pdf (restricted.ts could not tell).
    if (document.contentType === 'application/pdf') return fail('restricted', t('errorPdf'));
    if ((document.contentType && !HTML_TYPES.test(document.contentType)) || !document.body) {
      return fail('no-article', t('errorNotHtml'));
    }
    const text = document.body.textContent?.length ?? 0;
    if (text > MAX_TEXT) return fail('too-large', t('errorTooMuchText', text.toLocaleString()));
    const article = clean(document, { url: location.href, window, verdicts: measure() });
    if (article) return ok(article);
    // Framesets and pages that are one big iframe keep the article in another document, which this one cannot read.
    const framed = document.body.localName === 'frameset' || document.querySelector('iframe, frame') !== null;
    return fail('no-article', t(framed ? 'errorInFrame' : 'errorNoArticle'));
  } catch (error) {
    return fail('failed', t('errorFailed', error instanceof Error ? error.message : String(error)));
  }
}
