/**
 * The cleaner, run in the page's own world (issue 15). In Firefox a content script reaches the page's DOM through
 * Xray wrappers, which cost on every access: walking the elements of a 100,000-element page takes 170–270 ms from the
 * isolated world against 15–20 ms from the page's, and the whole clean of that page 3.2 s against 1.1 s. Chromium's
 * isolated worlds pay less but still about twice (a walk of 68–70 ms against 28–55 ms; the same clean 1.7 s against
 * 1.2 s), so both browsers run this first.
 *
 *   page (read only) ──► a built-in replaced? ──► cleanLivePage ──► PageWorldAnswer (data, no words, no globals left)
 *                              └ yes, or it threw ──► `isolated`: the background injects content.js instead
 *
 * It runs with the page's privileges only: no extension API is reachable from here, and nothing it returns is
 * trusted — the background checks every field (page-world-answer.ts) and every sink sanitises the HTML again.
 * The reader's fix for a site travels only to content.js: pages with one are cleaned there.
 * build.mjs wraps the bundle in a function whose value is the script's last expression, so it leaves nothing on
 * the page's global object.
 */
import { cleanLivePage } from './pipeline.js';
import { followingPages } from '../core/pages/pager.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';
import { replacedBuiltin } from './builtins-intact.js';
import type { PageWorldAnswer } from './page-world-answer.js';

/** `parsed`: wall-clock moment the script's first line ran (build.mjs passes it), before its modules were set up. */
export function run(parsed?: number): PageWorldAnswer {
  const started = performance.timeOrigin + performance.now();
  const replaced = replacedBuiltin(window);
  if (replaced) return { kind: 'isolated', why: `builtins: ${replaced}` };
  try {
    const outcome = cleanLivePage(document, window, location.href, undefined, CLEAN_BUDGET_MS);
    const pager = outcome.kind === 'article' && followingPages(document, location.href).length > 0;
    const done = performance.timeOrigin + performance.now();
    return { kind: 'outcome', outcome, pager, ...(parsed === undefined ? {} : { parsed }), started, done };
  } catch (error) {
    return { kind: 'isolated', why: error instanceof Error ? error.message : String(error) };
  }
}
