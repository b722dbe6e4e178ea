/**
 * Renders an Article into an extension page. Article HTML crosses from the page's world, so it goes through
 * the one purify configuration again here, at the privileged sink, whatever the content script did: the
 * content script runs in the page's renderer, and a compromised renderer can answer with any HTML it likes.
 */
import type { Article } from '../core/types.js';
import { purifyToFragment } from '../core/purify.js';
import { spamRemovals } from '../core/audit.js';
import { t } from '../i18n/index.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { addCodeCopyButtons } from './code-copy.js';
import { markStage } from './stage-marks.js';

/** Elements past which an article is "very long" (a long feature has one or two thousand). */
const LONG_ARTICLE_ELEMENTS = 5000;

export interface ArticleView {
  title: HTMLElement;
  meta: HTMLElement;
  audit: HTMLElement;
  body: HTMLElement;
  /** Where the reader is told that some clean-up was skipped for time (core/budget.ts). */
  notice?: HTMLElement;
}

export function renderArticle(view: ArticleView, article: Article): void {
  const doc = view.body.ownerDocument;
  // localizePage set the page's lang to the language of its messages: dates and counts follow it.
  const locale = doc.documentElement.lang || 'en';
  view.title.textContent = article.title || t('untitled');
  const parts = [article.byline, article.siteName, formatDate(article.publishedTime, locale)].filter(
    (part): part is string => Boolean(part),
  );
  view.meta.textContent = parts.join(' · ');
  view.meta.hidden = parts.length === 0;

  const spam = spamRemovals(article.removed).length;
  view.audit.textContent =
    spam === 1 ? t('auditRemovedOne') : spam > 1 ? t('auditRemoved', formatNumber(spam, locale)) : '';
  view.audit.hidden = spam === 0;
  if (view.notice) {
    view.notice.textContent = article.skipped?.length ? t('noticeCleanupSkipped') : '';
    view.notice.hidden = !article.skipped?.length;
  }

  // The sanitised nodes themselves, not their HTML parsed once more: one parse, and nothing between the
  // sanitiser and the page that could re-read the markup differently (mutation XSS lives in that gap).
  const sanitised = purifyToFragment(article.content, doc.defaultView as Window);
  markStage('sanitised');
  // A very long article is laid out near the screen first (article.css): its first lines show at once.
  view.body.toggleAttribute('data-long', sanitised.querySelectorAll('*').length > LONG_ARTICLE_ELEMENTS);
  view.body.replaceChildren(sanitised);
  markStage('appended');
  addCodeCopyButtons(view.body);
  if (article.lang) view.body.lang = article.lang;
  view.body.dir = article.dir ?? 'auto';
  view.title.dir = article.dir ?? 'auto';
}
