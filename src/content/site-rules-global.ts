/**
 * How the reader's fix for a site reaches the content script: extract-tab.ts sets it under this name in the
 * extension's isolated world just before injecting content.js, which takes it and deletes it, so nothing stays.
 */
import type { SiteRule } from '../core/site-rules/types.js';

export const SITE_RULES_GLOBAL = '__winnowSiteRules';

export function takeSiteRules(): SiteRule[] | undefined {
  const holder = globalThis as Record<string, unknown>;
  const rules = holder[SITE_RULES_GLOBAL];
  delete holder[SITE_RULES_GLOBAL];
  return Array.isArray(rules) ? (rules as SiteRule[]) : undefined;
}
