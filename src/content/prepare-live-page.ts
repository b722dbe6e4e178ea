/**
 * The live page's half of the content-side pipeline (pipeline.ts runs both halves at once):
 *
 *   page (read only) ──► page limits ──► liveVerdicts ──► prepareClean ──► a copy without what the reader cannot see
 *                                        (static verdicts if measuring the live page throws, from the caller)
 *
 * What only the live page can decide — what the reader sees — is decided here; the spam rules and the extraction
 * that follow need nothing of the page but its markup, so the page-world cleaner (page-world.ts) sends that copy to
 * a warm extension document instead of compiling them in the page on every click. A module apart from them, so
 * that script ships none of them.
 */
import { LIVE_PAGE_LIMITS } from '../core/limits.js';
import type { Verdicts } from '../core/types.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { cleanDeadline, deadlineBudget, type Budget } from '../core/budget.js';
import { liveVerdicts } from '../core/visibility/live.js';
import { prepareClean, type PreparedClone } from '../core/prepare-clean.js';

/** Documents Winnow can read: HTML, and XHTML served as XML. Plain text, other XML, SVG and images have no article. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/;

/** Why a page has no article before any is looked for: the same refusals on both halves' callers. */
export type Refusal =
  | { kind: 'too-many-elements'; count: number }
  | { kind: 'too-much-text'; count: number }
  | { kind: 'pdf' }
  | { kind: 'not-html' }
  /** Measuring the live page threw, and the caller gave no static verdicts to fall back on. */
  | { kind: 'unmeasured' };

/**
 * `framed`: a frameset or a page that is one big iframe keeps its article in another document (said if no
 * article is found). `budget`: the clean's, to hand on to the extraction; its deadline is on `performance.now`.
 */
export interface PreparedLivePage {
  kind: 'prepared';
  prepared: PreparedClone;
  framed: boolean;
  budget?: Budget;
  deadline?: number;
}

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
 * The rendered page `doc`'s copy without what the reader cannot see (the page itself is never
 * modified), or why there is none to look for. `url` is the address the article reports; `siteRules` the reader's
 * fixes; `budgetMs` the clean's time budget from now (the extension's; none for the CLI); `staticVerdicts` the
 * fallback if the live page cannot be measured. Throws on a bug.
 */
export function prepareLivePage(
  doc: Document,
  win: Window,
  url: string,
  siteRules?: readonly SiteRule[],
  budgetMs?: number,
  staticVerdicts?: StaticVerdicts,
): PreparedLivePage | Refusal {
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
  const deadline = budgetMs === undefined ? undefined : cleanDeadline(start, budgetMs, count);
  const budget = deadline === undefined ? undefined : deadlineBudget(deadline, () => performance.now());
  const verdicts = measure(doc, win, budget, staticVerdicts);
  if (!verdicts) return { kind: 'unmeasured' };
  const prepared = prepareClean(doc, verdicts, { url, siteRules, budget });
  const framed = doc.body.localName === 'frameset' || doc.querySelector('iframe, frame') !== null;
  return { kind: 'prepared', prepared, framed, ...(budget ? { budget, deadline } : {}) };
}
