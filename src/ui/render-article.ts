/**
 * Renders an Article into an extension page. Article HTML crosses from the page's world, so it goes through
 * the one purify configuration again here, at the privileged sink, whatever the content script did: the
 * content script runs in the page's renderer, and a compromised renderer can answer with any HTML it likes.
 */
import type { Article } from '../core/types.js';
import { purifyParsed, purifyToFragment } from '../core/purify.js';
import { spamRemovals } from '../core/audit.js';
import { t } from '../i18n/index.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { addCodeCopyButtons } from './code-copy.js';
import { markStage } from './stage-marks.js';
import { parseInert, renderInSlices } from './render-in-slices.js';

/** Elements past which an article is "very long" (a long feature has one or two thousand). */
const LONG_ARTICLE_ELEMENTS = 5000;
/** Characters of HTML past which an article may be very long: parsed first to count, then shown in slices. */
const LONG_ARTICLE_HTML = 250_000;
/** The latest rendering of each article body: an older one still filling in slices stops. */
const renderings = new WeakMap<Element, number>();

export interface ArticleView {
  title: HTMLElement;
  meta: HTMLElement;
  audit: HTMLElement;
  body: HTMLElement;
  /** Where the reader is told that some clean-up was skipped for time (core/budget.ts). */
  notice?: HTMLElement;
}

/**
 * Shows `article` in `view`. Its text is in place when this returns, but for a very long article, whose first
 * screens are in place and the rest follows between frames: the promise says when all of it is.
 */
export function renderArticle(view: ArticleView, article: Article): Promise<void> {
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

  if (article.lang) view.body.lang = article.lang;
  view.body.dir = article.dir ?? 'auto';
  view.title.dir = article.dir ?? 'auto';
  const rendering = (renderings.get(view.body) ?? 0) + 1;
  renderings.set(view.body, rendering);
  const win = doc.defaultView as Window;

  // A long article's HTML is parsed once, to count it; a very long one is then shown in slices.
  const parsed = article.content.length > LONG_ARTICLE_HTML ? parseInert(article.content, win) : null;
  if (parsed && parsed.elements > LONG_ARTICLE_ELEMENTS) {
    // A very long article is laid out near the screen first (article.css), and sanitised and shown in slices.
    view.body.setAttribute('data-long', '');
    // Assistive technology (and the tests) hear the article is still coming in until the last slice is.
    view.body.setAttribute('aria-busy', 'true');
    view.body.replaceChildren();
    const done = renderInSlices(parsed.body, view.body, win, {
      current: () => renderings.get(view.body) === rendering,
      pause: slicePause(doc),
    });
    freezeDirection(view.body, win);
    markStage('sanitised');
    markStage('appended');
    return done.then(() => {
      if (renderings.get(view.body) !== rendering) return;
      view.body.removeAttribute('aria-busy');
      addCodeCopyButtons(view.body);
    });
  }
  // The sanitised nodes themselves, not their HTML parsed once more: one parse, and nothing between the
  // sanitiser and the page that could re-read the markup differently (mutation XSS lives in that gap). A long
  // article already parsed to be counted is sanitised from those nodes, not parsed again.
  const sanitised = parsed ? purifyParsed(parsed.body, win) : purifyToFragment(article.content, win);
  markStage('sanitised');
  view.body.removeAttribute('aria-busy');
  view.body.toggleAttribute('data-long', sanitised.querySelectorAll('*').length > LONG_ARTICLE_ELEMENTS);
  view.body.replaceChildren(sanitised);
  markStage('appended');
  addCodeCopyButtons(view.body);
  return Promise.resolve();
}

/**
 * `dir="auto"` on the article makes Chromium derive the direction again over the whole article so far at every
 * append: slices then cost time in the square of the article's length (a 300,000-element article spent 8.9 s of
 * its first 10 in `append`, and took over a minute to fill in). The first slice holds the article's first strong
 * character, which is what `auto` goes by, so the direction the browser derived from it is set for good.
 */
function freezeDirection(body: HTMLElement, win: Window): void {
  if (body.dir !== 'auto' || !body.textContent?.trim()) return;
  body.dir = win.getComputedStyle(body).direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The wait between two slices: the first lets the frame with the first screens be painted (when the page is
 * on screen: a hidden page paints no frames); the others only let input and painting in, with a message
 * task, which background pages do not slow down as they do timers.
 */
function slicePause(doc: Document): () => Promise<void> {
  let first = true;
  const win = doc.defaultView as Window & typeof globalThis;
  const task = () =>
    new Promise<void>((done) => {
      const channel = new win.MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  return () => {
    if (!first || doc.visibilityState !== 'visible') return task();
    first = false;
    return new Promise<void>((done) => win.requestAnimationFrame(() => void task().then(done)));
  };
}
