/**
 * What `winnow clean --engine chromium` runs inside each page: the extension's own content-side pipeline
 * (src/content/pipeline.ts), the one the popup shows. Bundled for the browser (build.mjs, or page-script.ts when
 * run from source) as the global `__winnow_cli`; the engine evaluates the bundle, then `__winnow_cli.run(url)`.
 * What it returns crosses to Node as JSON, so a bug becomes data too.
 */
import { cleanLivePage, type LiveOutcome } from '../../content/pipeline.js';
import { followAndJoin } from '../../content/follow.js';
import type { SiteRule } from '../../core/site-rules/types.js';
import { staticVerdicts } from '../../core/visibility/static.js';

export type InPageOutcome = Exclude<LiveOutcome, { kind: 'unmeasured' }> | { kind: 'failed'; message: string };

/**
 * `follow`: join the following pages of a multi-page article, as the popup does (a live URL only, issue 16).
 * `siteRules`: the reader's fixes for sites (`--settings FILE`), as the extension applies them.
 */
export async function run(url: string, follow = false, siteRules: readonly SiteRule[] = []): Promise<InPageOutcome> {
  try {
    // The static verdicts ride along, as in the popup's path (content/more.ts), for a page layout cannot measure.
    const outcome = cleanLivePage(document, window, url, siteRules, undefined, staticVerdicts);
    // Never so here (the static verdicts are given); the type cannot tell.
    if (outcome.kind === 'unmeasured') return { kind: 'failed', message: 'the page could not be measured' };
    if (outcome.kind !== 'article' || !follow) return outcome;
    return { kind: 'article', article: await followAndJoin(document, window, url, outcome.article, siteRules) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
