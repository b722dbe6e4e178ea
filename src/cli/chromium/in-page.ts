/**
 * What `winnow clean --engine chromium` runs inside each page: the extension's own content-side pipeline
 * (src/content/pipeline.ts), the one the popup shows. Bundled for the browser (build.mjs, or page-script.ts when
 * run from source) as the global `__winnow_cli`; the engine evaluates the bundle, then `__winnow_cli.run(url)`.
 * What it returns crosses to Node as JSON, so a bug becomes data too.
 */
import { cleanLivePage, type LiveOutcome } from '../../content/pipeline.js';
import { followAndJoin } from '../../content/follow.js';

export type InPageOutcome = LiveOutcome | { kind: 'failed'; message: string };

/** `follow`: join the following pages of a multi-page article, as the popup does (a live URL only, issue 16). */
export async function run(url: string, follow = false): Promise<InPageOutcome> {
  try {
    const outcome = cleanLivePage(document, window, url);
    if (outcome.kind !== 'article' || !follow) return outcome;
    return { kind: 'article', article: await followAndJoin(document, window, url, outcome.article) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
