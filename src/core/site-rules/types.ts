/**
 * A reader's fix for one site, and what it did to one page. Plain JSON: rules live in the settings (exported and
 * imported with them) and reports travel inside the Article through extension messaging.
 */

/** What the reader chose on a page of `host` ("this is the article", "remove this block"), as CSS selectors. */
export interface SiteRule {
  /** Lower-case host name the rule is for (`www.` is ignored when matching, see rulesFor). */
  host: string;
  /** The block that holds the article: when it matches, the page is narrowed to it before Readability. */
  article?: string;
  /** Blocks to take out before Readability (ads, a comment thread Readability mistook for the story). */
  remove: string[];
}

/**
 * How a site's rule fared on one page. Pages of a site change, so a rule may match nothing: then it changed
 * nothing, and the reader is told so rather than left to guess.
 */
export interface SiteRuleReport {
  host: string;
  /** The article selector: `applied` (narrowed to it), `missing` (it matched nothing), `none` (the rule has none). */
  article: 'applied' | 'missing' | 'none';
  /** Blocks the remove selectors took out (each is in `Article.removed` as `site:remove`). */
  removed: number;
  /** Selectors, article or remove, that matched nothing on this page. */
  missing: string[];
}
