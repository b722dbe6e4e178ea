/**
 * Applies the reader's rule for a site to the clone, before the spam rules and Readability (src/core/clean.ts):
 *
 *   resolve (on the clone as cloned: selectors were made on the page as it was, hidden blocks included)
 *     └─► visibility verdicts are applied by the caller (they index elements in document order, so nothing may
 *         move before they run)
 *   apply ─► remove: each matched block goes, recorded as `site:remove`
 *         └► article: the body is narrowed to the matched block; <head> stays, so the title, byline and dates
 *            in its metadata still reach Readability
 *
 * A selector that matches nothing changes nothing (the site changed its markup) and is listed in the report, so
 * the reader is told the fix did not apply instead of getting a silently different article.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import type { SiteRule, SiteRuleReport } from './types.js';

export const SITE_REMOVE = 'site:remove';

/** The elements a rule points at on this page, found before anything in the clone moves. */
export interface ResolvedRule {
  rule: SiteRule;
  article: Element | null;
  remove: Element[];
  missing: string[];
}

/** Selectors from storage are the reader's, or an imported file's: one that does not parse matches nothing. */
function queryAll(doc: Document, selector: string): Element[] {
  try {
    return [...doc.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

export function resolveSiteRule(clone: Document, rule: SiteRule): ResolvedRule {
  const missing: string[] = [];
  const article = rule.article ? (queryAll(clone, rule.article)[0] ?? null) : null;
  if (rule.article && !article) missing.push(rule.article);
  const remove: Element[] = [];
  for (const selector of rule.remove) {
    const found = queryAll(clone, selector);
    if (found.length === 0) missing.push(selector);
    remove.push(...found);
  }
  return { rule, article, remove, missing };
}

export function applyResolvedRule(
  clone: Document,
  resolved: ResolvedRule,
): { removed: Removal[]; report: SiteRuleReport } {
  const removed: Removal[] = [];
  for (const el of resolved.remove) {
    // Gone already: hidden and dropped by the verdicts, or inside a block removed just before.
    if (!el.isConnected) continue;
    removed.push({ reason: SITE_REMOVE, text: capText(collapsedText(el)) });
    el.remove();
  }
  const body = clone.body;
  let article: SiteRuleReport['article'] = resolved.rule.article ? 'missing' : 'none';
  if (resolved.article?.isConnected && body && body.contains(resolved.article) && resolved.article !== body) {
    body.replaceChildren(resolved.article);
    article = 'applied';
  }
  const missing = [...resolved.missing];
  // Found, but the verdicts dropped it as hidden: on this page the fix did not apply either.
  if (article === 'missing' && resolved.article) missing.unshift(resolved.rule.article!);
  return {
    removed,
    report: { host: resolved.rule.host, article, removed: removed.length, missing },
  };
}

/** One-step form, for callers without visibility verdicts to apply in between. */
export function applySiteRules(clone: Document, rule: SiteRule): { removed: Removal[]; report: SiteRuleReport } {
  return applyResolvedRule(clone, resolveSiteRule(clone, rule));
}
