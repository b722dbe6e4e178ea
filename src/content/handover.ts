/**
 * How the cleaner (content.js, src/content/main.ts) hands a page over to its second script (more.js, more.ts), which
 * carries what most clicks never need: the static verdicts and the following pages of a multi-page article. The
 * first answer says `more`; extract-tab.ts then injects more.js, which takes what the first left in the extension's
 * isolated world (the page's scripts cannot read it) and deletes it, as site-rules-global.ts does.
 *
 *   follow      the article has a pager: more.js joins its following pages (the first answer holds page one)
 *   unmeasured  the live page could not be measured: more.js cleans it with the static verdicts
 */
import type { Article } from '../core/types.js';
import type { SiteRule } from '../core/site-rules/types.js';

export type More = 'follow' | 'unmeasured';

/** The second script's file, beside content.js (build.mjs). */
export const MORE_FILE = 'more.js';

export const HANDOVER_GLOBAL = '__winnowHandover';

export interface Handover {
  more: More;
  siteRules?: SiteRule[];
  /** Page one, for `follow`. */
  article?: Article;
}

export function leaveHandover(handover: Handover): void {
  (globalThis as Record<string, unknown>)[HANDOVER_GLOBAL] = handover;
}

export function takeHandover(): Handover | undefined {
  const holder = globalThis as Record<string, unknown>;
  const handover = holder[HANDOVER_GLOBAL] as Handover | undefined;
  delete holder[HANDOVER_GLOBAL];
  return handover && typeof handover === 'object' ? handover : undefined;
}
