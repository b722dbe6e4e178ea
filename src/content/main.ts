/**
 * The content script, injected only when the reader asks (activeTab). It measures the live page, runs the
 * core pipeline on a clone and returns the result as the value of its last expression (see build.mjs):
 *
 *   page (read only) ──► verdicts ──► core.clean(document) ──► Result<Article> ──► background ──► popup
 *
 * It never modifies the page and never throws: every failure is returned as data.
 */
import { clean } from '../core/clean.js';
import { fail, ok, type Response } from '../messages/protocol.js';

/** Past this many elements the page is too large to clean in the reader's tab without freezing it. */
const MAX_ELEMENTS = 150_000;

export function run(): Response<'extract-tab'> {
  try {
    const count = document.getElementsByTagName('*').length;
    if (count > MAX_ELEMENTS) {
      return fail('too-large', `This page is too large to clean (${count.toLocaleString()} elements).`);
    }
    if (document.contentType && !/html|xml/.test(document.contentType)) {
      return fail('no-article', 'This page is not an HTML document, so there is no article to clean.');
    }
    const article = clean(document, { url: location.href, window });
    return article ? ok(article) : fail('no-article', 'Winnow found no article on this page.');
  } catch (error) {
    return fail('failed', `Winnow could not clean this page: ${error instanceof Error ? error.message : String(error)}`);
  }
}
