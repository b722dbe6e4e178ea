/**
 * The reader's per-site fixes (issue 16, item 5): which rule belongs to a page, and the pieces clean() and the
 * picker use. Pure: DOM in, data out.
 *
 *   types.ts        SiteRule (settings) and SiteRuleReport (in the Article)
 *   stable-name.ts  ids and classes that look stable vs generated for one page
 *   selector.ts     selectorFor(element): a selector that finds the same block on the site's next article
 *   hosts.ts        the site of a page (www. ignored) and its rule
 *   edit.ts         a pick added to a site's rule, a site's rule taken away
 *   apply.ts        resolve the rule on the clone, then remove / narrow, recording what it did
 */
export type { SiteRule, SiteRuleReport } from './types.js';
export { selectorFor } from './selector.js';
export { withPick, withoutSite, type Pick } from './edit.js';
export { applySiteRules, applyResolvedRule, resolveSiteRule, SITE_REMOVE } from './apply.js';
export { hostOf, ruleFor, siteKey } from './hosts.js';
