/**
 * The pipeline after the verdicts (clean.ts, one way through), given verdicts measured elsewhere, in two halves:
 *
 *   verdicts ──► clone ──► drop hidden ──► site fix ──► spam rules ──► Readability ──► purify ──► Article
 *               └──────── prepareClean ─────────────┘  └──────────────── finishClean ────────────┘
 *
 * The halves meet at a document cleaned of what the reader cannot see: the first needs the live page (what a
 * reader sees is decided there), the second only markup. The extension runs the first in the page and may send its
 * document, serialised, to a warm extension document for the second (src/core/prepared-page.ts); the CLI and the
 * tests run both at once.
 * Apart from clean.ts so the content script, which measures the live page, ships none of the static cascade
 * (visibility/static.ts and what it needs, a tenth of the script): clean() adds only that default.
 * Pure: everything it reads comes in through its arguments, and the page itself is never modified (unless the
 * caller gives it up, `consumeDocument`).
 */
import type { Article, CleanOptions, Verdicts } from './types.js';
import { withoutWrittenTwice } from './audit.js';
import { applySpamRules } from './spam/index.js';
import { extract } from './extract/readability.js';
import { purifyToFragment } from './purify.js';
import { blockText } from './text.js';
import { prepareClean, type PreparedClone } from './prepare-clean.js';

/**
 * The second half: the spam rules, then the article of what they leave (the copy is changed on the way).
 * `options.url` is the page's address (else the copy's own); `options.window` binds DOMPurify (else the copy's).
 */
export function finishClean(prepared: PreparedClone, options: CleanOptions = {}): Article | null {
  const { clone } = prepared;
  const win = options.window ?? clone.defaultView;
  if (!win) throw new Error('clean() needs a window for DOMPurify: pass options.window for a detached document');
  const spam = applySpamRules(clone);
  const extracted = extract(clone, options.budget);
  if (!extracted) return null;

  // One sanitising parse serves both outputs: the text is read from the sanitised DOM and the HTML is its
  // serialisation — what `purify` returns — instead of serialising and parsing that HTML a second time.
  // Past the budget's deadline (a huge page in the content script) the sanitising is left to the sinks, which
  // do it again whatever came before (budget.ts): the article is the extractor's, serialised as it is.
  const sanitiseHere = !options.budget?.overdue();
  if (!sanitiseHere) options.budget?.skip('purify');
  const fragment = sanitiseHere ? purifyToFragment(extracted.rawContent, win) : extracted.rawContent;
  const textContent = blockText(fragment);
  if (!textContent) return null;
  // DOMPurify's own parsed document, or the inert clone, has no browsing context: nothing in it runs or loads.
  const holder = fragment.ownerDocument.createElement('body');
  holder.append(fragment);
  const content = holder.innerHTML;

  return {
    url: options.url ?? clone.URL,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    lang: extracted.lang,
    dir: extracted.dir,
    publishedTime: extracted.publishedTime,
    excerpt: extracted.excerpt,
    content,
    textContent,
    length: textContent.length,
    removed: withoutWrittenTwice([...prepared.removed, ...spam, ...extracted.removed]),
    ...(prepared.siteRule ? { siteRule: prepared.siteRule } : {}),
    ...(options.budget?.skipped.length ? { skipped: [...options.budget.skipped] } : {}),
  };
}

/** `verdicts`: what the reader cannot see of `doc` (the live ones in the content script; `options.verdicts` is not read). */
export function cleanMeasured(doc: Document, verdicts: Verdicts, options: CleanOptions = {}): Article | null {
  const win = options.window ?? doc.defaultView;
  if (!win) throw new Error('clean() needs a window for DOMPurify: pass options.window for a detached document');
  const prepared = prepareClean(doc, verdicts, options);
  return finishClean(prepared, { ...options, url: options.url ?? doc.URL, window: win });
}
