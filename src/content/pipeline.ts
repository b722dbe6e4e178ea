/**
 * The content-side pipeline, as one function shared by the content script (src/content/main.ts, the isolated
 * world's cleaner) and `winnow clean --engine chromium` (src/cli/chromium/in-page.ts), so a bulk run prints the
 * article the popup would show:
 *
 *   page (read only) ──► prepareLivePage (limits, live verdicts, hidden markup out)
 *                    ──► finishClean (spam rules, the article) ──► outcome
 *
 * The page-world cleaner (page-world.ts) runs the first half alone and hands the rest to the extension.
 * The static verdicts come in as an argument: the content script ships without them (they are a tenth of it) and
 * answers `unmeasured` in that rare case, for its second script (more.ts) to clean the page the static way.
 *
 * It returns why it refused as data, not as words: each caller says it in its own language (the extension
 * through i18n, the CLI in the same English as its jsdom path).
 */
import { finishClean } from '../core/clean-measured.js';
import type { Article } from '../core/types.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { prepareLivePage, type Refusal, type StaticVerdicts } from './prepare-live-page.js';

export type { StaticVerdicts } from './prepare-live-page.js';

export type LiveOutcome =
  | { kind: 'article'; article: Article }
  /** `framed`: a frameset or a page that is one big iframe keeps its article in another document. */
  | { kind: 'no-article'; framed: boolean }
  | Refusal;

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
  const live = prepareLivePage(doc, win, url, siteRules, budgetMs, staticVerdicts);
  if (live.kind !== 'prepared') return live;
  const article = finishClean(live.prepared, { url, window: win, budget: live.budget });
  return article ? { kind: 'article', article } : { kind: 'no-article', framed: live.framed };
}
