/**
 * The pipeline, one way through:
 *
 *   page ──► visibility verdicts ──► clone ──► drop hidden ──► spam rules ──► Readability ──► purify ──► Article
 *            (live, or static)                  (visibility/)   (spam/)        (extract/)      (purify)
 *
 * Pure: everything it reads comes in through its arguments, and the page itself is never modified.
 * The same function runs in the content script (with live verdicts), the CLI (jsdom) and the tests.
 */
import type { Article, CleanOptions } from './types.js';
import { staticVerdicts } from './visibility/static.js';
import { applyVerdicts } from './visibility/apply.js';
import { applySpamRules } from './spam/index.js';
import { extract } from './extract/readability.js';
import { purify } from './purify.js';
import { blockText } from './text.js';

export function clean(doc: Document, options: CleanOptions = {}): Article | null {
  const win = options.window ?? doc.defaultView;
  if (!win) throw new Error('clean() needs a window for DOMPurify: pass options.window for a detached document');
  const verdicts = options.verdicts ?? staticVerdicts(doc);

  const clone = doc.cloneNode(true) as Document;
  const removed = [...applyVerdicts(clone, verdicts), ...applySpamRules(clone)];
  const extracted = extract(clone);
  if (!extracted) return null;

  const content = purify(extracted.rawContent, win);
  const holder = win.document.createElement('template');
  holder.innerHTML = content; // template content is inert: no script runs, no image loads
  const textContent = blockText(holder.content);
  if (!textContent) return null;

  return {
    url: options.url ?? doc.URL,
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
    removed: [...removed, ...extracted.removed],
  };
}
