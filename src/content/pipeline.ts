/**
 * The content-side pipeline, as one function shared by the content script (src/content/main.ts, the popup's
 * path) and `winnow clean --engine chromium` (src/cli/chromium/in-page.ts), so a bulk run prints the article the
 * popup would show:
 *
 *   page (read only) ──► page limits ──► liveVerdicts ──► core cleanMeasured(document) ──► outcome
 *                                        (static verdicts if measuring the live page throws, from the caller)
 *
 * The static verdicts come in as an argument: the content script ships without them (they are a tenth of it) and
 * answers `unmeasured` in that rare case, for its second script (more.ts) to clean the page the static way.
 *
 * It returns why it refused as data, not as words: each caller says it in its own language (the extension
 * through i18n, the CLI in the same English as its jsdom path).
 */
import { cleanMeasured } from '../core/clean-measured.js';
import { LIVE_PAGE_LIMITS } from '../core/limits.js';
import type { Article, Verdicts } from '../core/types.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { cleanDeadline, deadlineBudget, type Budget } from '../core/budget.js';
import { liveVerdicts } from '../core/visibility/live.js';

/** Documents Winnow can read: HTML, and XHTML served as XML. Plain text, other XML, SVG and images have no article. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/;

export type LiveOutcome =
  | { kind: 'article'; article: Article }
  | { kind: 'too-many-elements'; count: number }
  | { kind: 'too-much-text'; count: number }
  | { kind: 'pdf' }
  | { kind: 'not-html' }
  /** `framed`: a frameset or a page that is one big iframe keeps its article in another document. */
  | { kind: 'no-article'; framed: boolean }
  /** Measuring the live page threw, and the caller gave no static verdicts to fall back on. */
  | { kind: 'unmeasured' };

/** The static verdicts (core/visibility/static.ts), for a page whose layout cannot be measured. */
export type StaticVerdicts = (doc: Document) => Verdicts;

/** What the reader cannot see, measured on the live page; the static signals if layout is unavailable (or null). */
function measure(doc: Document, win: Window, budget?: Budget, staticVerdicts?: StaticVerdicts): Verdicts | null {
  try {
    return liveVerdicts(doc, win, budget);
  } catch {
    return staticVerdicts ? staticVerdicts(doc) : null;
  }
}

/**
 * Cleans the rendered page `doc` (never modifying it). `url` is the address the article reports; `siteRules` the
 * reader's fixes (the extension passes the one for this site); `budgetMs` the time budget of the clean, in ms
 * from now (the extension's; none for the CLI: no limit); `staticVerdicts` the fallback if the live page cannot be
 * measured.
 * Throws on a bug.
 */
export function cleanLivePage(
  doc: Document,
  win: Window,
  url: string,
  siteRules?: readonly SiteRule[],
  budgetMs?: number,
  staticVerdicts?: StaticVerdicts,
): LiveOutcome {
  const start = performance.now();
  // The limits come first, before any expensive work, so one huge page never stalls the reader or a batch.
  const count = doc.getElementsByTagName('*').length;
  if (count > LIVE_PAGE_LIMITS.maxElements) return { kind: 'too-many-elements', count };
  // A PDF shown by the browser's viewer, when its address does not end in .pdf (restricted.ts could not tell).
  if (doc.contentType === 'application/pdf') return { kind: 'pdf' };
  if ((doc.contentType && !HTML_TYPES.test(doc.contentType)) || !doc.body) return { kind: 'not-html' };
  const text = doc.body.textContent?.length ?? 0;
  if (text > LIVE_PAGE_LIMITS.maxText) return { kind: 'too-much-text', count: text };
  // The deadline sets aside what the mandatory stages will take on a page this size (core/budget.ts).
  const budget: Budget | undefined =
    budgetMs === undefined ? undefined : deadlineBudget(cleanDeadline(start, budgetMs, count), () => performance.now());
  const verdicts = measure(doc, win, budget, staticVerdicts);
  if (!verdicts) return { kind: 'unmeasured' };
  const article = cleanMeasured(doc, verdicts, { url, window: win, siteRules, budget });
  if (article) return { kind: 'article', article };
  return {
    kind: 'no-article',
    framed: doc.body.localName === 'frameset' || doc.querySelector('iframe, frame') !== null,
  };
}
