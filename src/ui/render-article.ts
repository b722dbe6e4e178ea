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
import { parseHead, parseInert, renderFirstSlice, renderInSlices, SLICE_SIZES } from './render-in-slices.js';

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

  const current = () => renderings.get(view.body) === rendering;
  let parsed: HTMLElement | null = null;
  if (article.content.length > LONG_ARTICLE_HTML) {
    // A long article: its first screens are shown from its first characters when they hold them.
    const head = parseHead(article.content, win);
    if (head.elements >= SLICE_SIZES.first) return renderHeadFirst(view.body, article.content, head.body, current);
    const whole = parseInert(article.content, win);
    if (whole.elements > LONG_ARTICLE_ELEMENTS) {
      startLong(view.body);
      return finishLong(view.body, whole.body, current, slicePause(doc));
    }
    parsed = whole.body;
  }
  // The sanitised nodes themselves, not their HTML parsed once more: one parse, and nothing between the
  // sanitiser and the page that could re-read the markup differently (mutation XSS lives in that gap). A long
  // article already parsed to be counted is sanitised from those nodes, not parsed again.
  const sanitised = parsed ? purifyParsed(parsed, win) : purifyToFragment(article.content, win);
  markStage('sanitised');
  view.body.removeAttribute('aria-busy');
  view.body.toggleAttribute('data-long', sanitised.querySelectorAll('*').length > LONG_ARTICLE_ELEMENTS);
  view.body.replaceChildren(sanitised);
  markStage('appended');
  addCodeCopyButtons(view.body);
  return Promise.resolve();
}

/**
 * A long article whose first characters hold its first screens: those are shown at once, from `head`, and the
 * frame that shows them is painted before the whole article is parsed (a 2 MB article: 250 to 450 ms in
 * Chromium). The whole then takes their place in one task, so the reader never sees both: its first slice takes at
 * least as much of the article as was shown, so nothing on screen goes missing for a frame or moves.
 */
function renderHeadFirst(body: HTMLElement, content: string, head: HTMLElement, current: () => boolean): Promise<void> {
  const doc = body.ownerDocument;
  const win = doc.defaultView as Window;
  startLong(body);
  const shown = renderFirstSlice(head, body, win);
  freezeDirection(body, win);
  markStage('sanitised');
  markStage('appended');
  const pause = slicePause(doc);
  return (async () => {
    await pause();
    // And after the tasks the page queued for that frame (article-page.ts marks it painted, then loads the
    // controls): timers of one delay run in order, so this one, queued now, comes after theirs.
    await new Promise((later) => win.setTimeout(later));
    if (!current()) return;
    const whole = parseInert(content, win);
    const headNodes = Array.from(body.childNodes);
    let done: Promise<void>;
    if (whole.elements > LONG_ARTICLE_ELEMENTS) {
      done = finishLong(body, whole.body, current, pause, Math.max(SLICE_SIZES.first, shown));
    } else {
      body.append(purifyParsed(whole.body, win));
      body.removeAttribute('data-long');
      done = finishLong(body, null, current, pause);
    }
    for (const node of headNodes) node.remove();
    return done;
  })();
}

/** A very long article is laid out near the screen first (article.css), and said to be busy until all of it is in. */
function startLong(body: HTMLElement): void {
  body.setAttribute('data-long', '');
  // Assistive technology (and the tests) hear the article is still coming in until the last slice is.
  body.setAttribute('aria-busy', 'true');
  body.replaceChildren();
}

/**
 * Shows `source` (the whole article, parsed), when given, in slices after what `body` holds, the first slice taking
 * at least `first` elements; then says the article is all in. When `body` held nothing, that first slice is the
 * first screens: their direction is set, and the stages marked.
 */
function finishLong(
  body: HTMLElement,
  source: HTMLElement | null,
  current: () => boolean,
  pause: () => Promise<void>,
  first = SLICE_SIZES.first,
): Promise<void> {
  const win = body.ownerDocument.defaultView as Window;
  let slices = Promise.resolve();
  if (source) {
    const firstScreens = body.childNodes.length === 0;
    slices = renderInSlices(source, body, win, { current, pause, sizes: { ...SLICE_SIZES, first } });
    if (firstScreens) {
      freezeDirection(body, win);
      markStage('sanitised');
      markStage('appended');
    }
  }
  return slices.then(() => {
    if (!current()) return;
    body.removeAttribute('aria-busy');
    addCodeCopyButtons(body);
  });
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
