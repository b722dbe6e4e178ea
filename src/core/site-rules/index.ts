/**
 * The reader's per-site fixes (issue 16, item 5): which rule belongs to a page, and the pieces clean() and the
 * picker use. Pure: DOM in, data out.
 *
 *   types.ts        SiteRule (settings) and SiteRuleReport (in the Article)
 *   stable-name.ts  ids and classes that look stable vs generated for one page
 *   selector.ts     selectorFor(element): a selector that finds the same block on the site's next article
 *   apply.ts        resolve the rule on the clone, then remove / narrow, recording what it did
 */
export type { SiteRule, SiteRuleReport } from './types.js';
export { selectorFor } from './selector.js';
export { applySiteRules, applyResolvedRule, resolveSiteRule, SITE_REMOVE } from './apply.js';
import type { SiteRule } from './types.js';

/** `www.example.com` and `example.com` serve the same articles: a fix made on one holds for the other. */
export const siteKey = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/** The host of a page address, or null for addresses without one (file:, data:). */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The reader's rule for the page at `url`, if any. */
export function ruleFor(rules: readonly SiteRule[] | undefined, url: string): SiteRule | undefined {
  const host = hostOf(url);
  if (!host || !rules?.length) return undefined;
  return rules.find((rule) => siteKey(rule.host) === siteKey(host));
}
