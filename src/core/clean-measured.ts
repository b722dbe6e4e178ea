/**
 * The pipeline after the verdicts (clean.ts, one way through), given verdicts measured elsewhere:
 *
 *   verdicts ──► clone ──► drop hidden ──► site fix ──► spam rules ──► Readability ──► purify ──► Article
 *
 * Apart from clean.ts so the content script, which measures the live page, ships none of the static cascade
 * (visibility/static.ts and what it needs, a tenth of the script): clean() adds only that default.
 * Pure: everything it reads comes in through its arguments, and the page itself is never modified (unless the
 * caller gives it up, `consumeDocument`).
 */
import type { Article, CleanOptions, Verdicts } from './types.js';
import { withoutWrittenTwice } from './audit.js';
import { applyVerdicts } from './visibility/apply.js';
import { applySpamRules } from './spam/index.js';
import { extract } from './extract/readability.js';
import { purifyToFragment } from './purify.js';
import { blockText } from './text.js';
import { applyResolvedRule, resolveSiteRule, ruleFor } from './site-rules/index.js';

/** `verdicts`: what the reader cannot see of `doc` (the live ones in the content script; `options.verdicts` is not read). */
export function cleanMeasured(doc: Document, verdicts: Verdicts, options: CleanOptions = {}): Article | null {
  const win = options.window ?? doc.defaultView;
  if (!win) throw new Error('clean() needs a window for DOMPurify: pass options.window for a detached document');

  const clone = options.consumeDocument ? doc : (doc.cloneNode(true) as Document);
  const url = options.url ?? doc.URL;
  // The site fix's selectors are resolved before the verdicts move anything: they were made on the page as it is.
  const rule = ruleFor(options.siteRules, url);
  const resolved = rule ? resolveSiteRule(clone, rule) : null;
  const hidden = applyVerdicts(clone, verdicts);
  const fix = resolved ? applyResolvedRule(clone, resolved) : null;
  const removed = [...hidden, ...(fix?.removed ?? []), ...applySpamRules(clone)];
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
    url,
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
    removed: withoutWrittenTwice([...removed, ...extracted.removed]),
    ...(fix ? { siteRule: fix.report } : {}),
    ...(options.budget?.skipped.length ? { skipped: [...options.budget.skipped] } : {}),
  };
}
