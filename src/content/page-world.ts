/**
 * The cleaner's live half, run in the page's own world (issue 15). In Firefox a content script reaches the page's
 * DOM through Xray wrappers, which cost on every access: walking the elements of a 100,000-element page takes
 * 170–270 ms from the isolated world against 15–20 ms from the page's. Chromium's isolated worlds pay less but
 * still about twice, so both browsers run this first.
 *
 *   page (read only) ──► a built-in replaced? ──► a large page? ──► prepareLivePage ──► serialiseClone ──► `prepared`
 *                              │                       └ yes ──► `whole`: page-world-whole.js cleans it all in place
 *                              └ yes, or it threw, or too big to hand over ──► `isolated`: content.js instead
 *
 * Only what must be decided on the live page is done here — what the reader cannot see — an eighth of the whole
 * cleaner: the spam rules and the extraction (Readability, the prune rules, DOMPurify), which read markup alone,
 * run in an extension document that stays warm between clicks (src/extractor/), instead of being compiled and run
 * cold in every page.
 *
 * It runs with the page's privileges only: no extension API is reachable from here, and nothing it returns is
 * trusted — the background checks every field (page-world-answer.ts), the extractor parses the markup inertly and
 * sanitises the article, and every sink sanitises it again.
 * The reader's fix for a site travels only to content.js: pages with one are cleaned there.
 * build.mjs wraps the bundle in a function whose value is the script's last expression, so it leaves nothing on
 * the page's global object.
 */
import { prepareLivePage } from './prepare-live-page.js';
import { followingPages } from '../core/pages/pager.js';
import { CLEAN_BUDGET_MS } from '../core/limits.js';
import { serialiseClone } from '../core/prepared-page.js';
import { guarded } from './page-world-guard.js';
import { wallClock } from '../ui/stage-marks.js';
import type { PageWorldAnswer } from './page-world-answer.js';

/**
 * The most markup handed to the extension in one message (characters). Chromium refuses messages past 64 MiB of
 * JSON; a page this big (the element and text limits allow it) is cleaned whole in the isolated world instead.
 */
export const HANDOFF_MAX_CHARS = 16_000_000;
/**
 * From this many elements, or characters of text (inline scripts' too: they travel with it), on, a page is cleaned
 * whole in its own world (page-world-whole.ts): the hand-over's serialising and parsing again grow with the page
 * while the warm code it buys saves a fixed few tens of ms. Articles on news sites, blogs and public bodies' pages
 * are far smaller (each of Zyte's 181 has fewer than 2,000 elements as served).
 */
export const WHOLE_FROM_ELEMENTS = 15_000;
export const WHOLE_FROM_CHARS = 2_000_000;

/** `parsed`: wall-clock moment the script's first line ran (build.mjs passes it), before its modules were set up. */
export function run(parsed?: number): PageWorldAnswer {
  return guarded(parsed, (moments) => {
    const large =
      document.getElementsByTagName('*').length >= WHOLE_FROM_ELEMENTS ||
      (document.body?.textContent?.length ?? 0) >= WHOLE_FROM_CHARS;
    if (large) return { kind: 'whole' };
    const live = prepareLivePage(document, window, location.href, undefined, CLEAN_BUDGET_MS);
    if (live.kind !== 'prepared')
      return { kind: 'outcome', outcome: live, pager: false, ...moments, done: wallClock() };
    const html = serialiseClone(live.prepared.clone);
    if (html.length > HANDOFF_MAX_CHARS) return { kind: 'isolated', why: `${html.length} characters to hand over` };
    const { budget, deadline } = live;
    return {
      kind: 'prepared',
      page: { html, url: location.href, baseURI: live.prepared.clone.baseURI, removed: live.prepared.removed },
      framed: live.framed,
      ...(deadline === undefined ? {} : { deadline: performance.timeOrigin + deadline }),
      skipped: [...(budget?.skipped ?? [])],
      pager: followingPages(document, location.href).length > 0,
      ...moments,
      done: wallClock(),
    };
  });
}
