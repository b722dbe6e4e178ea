/**
 * The first half of the pipeline after the verdicts (clean-measured.ts has both): what needs the live page.
 *
 *   verdicts ──► clone ──► drop hidden ──► site fix ──► (a PreparedClone, for finishClean: spam rules onwards)
 *
 * A module of its own so the page-world cleaner, which runs only this half on the live page, ships none of the
 * rest (src/content/page-world.ts): the spam rules read markup alone, and run with the extraction.
 */
import type { CleanOptions, Removal, Verdicts } from './types.js';
import type { SiteRuleReport } from './site-rules/index.js';
import { applyVerdicts } from './visibility/apply.js';
import { applyResolvedRule, resolveSiteRule, ruleFor } from './site-rules/index.js';

/** A page's copy without what the reader cannot see (and what the reader's fix takes out), and what went. */
export interface PreparedClone {
  clone: Document;
  removed: Removal[];
  /** What the reader's fix for the site did, when it has one. */
  siteRule?: SiteRuleReport;
}

/** The first half: a copy of `doc` (or `doc` itself, `consumeDocument`) without what `verdicts` hide. */
export function prepareClean(doc: Document, verdicts: Verdicts, options: CleanOptions = {}): PreparedClone {
  const clone = options.consumeDocument ? doc : (doc.cloneNode(true) as Document);
  // The site fix's selectors are resolved before the verdicts move anything: they were made on the page as it is.
  const rule = ruleFor(options.siteRules, options.url ?? doc.URL);
  const resolved = rule ? resolveSiteRule(clone, rule) : null;
  const hidden = applyVerdicts(clone, verdicts);
  const fix = resolved ? applyResolvedRule(clone, resolved) : null;
  const removed = [...hidden, ...(fix?.removed ?? [])];
  return { clone, removed, ...(fix ? { siteRule: fix.report } : {}) };
}
