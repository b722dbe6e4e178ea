/**
 * Subheads named "header", kept. Readability removes, before it scores anything, every element whose class or id
 * contains one of its "unlikely" words, and "header" is one of them: it means the page's masthead. But a heading
 * is named for what it is, and sites call a heading a header — Substack's every subhead
 * (`h4.header-with-anchor-widget`, `h2.header-anchor-post`), a recipe card's "Ingredients" and "Instructions"
 * (`h3.wprm-recipe-header`), a page builder's `h2.section-header` — so a post lost all its section titles, and
 * Readability alone loses them too.
 *
 * A heading element (`h1`–`h6`) whose class is unlikely only for the word "header" has that word read as "heading"
 * before Readability runs. Its id is never changed (a contents list links to it): a heading whose id says "header"
 * is left to Readability. A heading named for anything else Readability distrusts (`comments-header`,
 * `related-header`, `footer__header`) is left as it was, and so is every box around a heading: a masthead named
 * `site-header` still goes, with the headings in it.
 */

import type { ReadabilityNames } from './run-readability.js';

const HEADER = /header/gi;

/** Whether Readability would remove an element so named as an unlikely candidate. */
function unlikely(name: string, names: ReadabilityNames): boolean {
  return names.unlikelyCandidates.test(name) && !names.okMaybeItsACandidate.test(name);
}

/**
 * Renames "header" to "heading" in the class of each heading of `doc` that Readability would otherwise
 * remove for that word alone. Returns how many headings were renamed.
 */
export function keepNamedHeadings(doc: Document, names: ReadabilityNames | null): number {
  if (!names) return 0;
  let renamed = 0;
  for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const cls = heading.getAttribute('class') ?? '';
    if (!/header/i.test(cls)) continue;
    // The name Readability tests, as it builds it: the class, a space, the id.
    const id = heading.getAttribute('id') ?? '';
    const renamedClass = cls.replace(HEADER, 'heading');
    if (!unlikely(`${cls} ${id}`, names) || unlikely(`${renamedClass} ${id}`, names)) continue;
    heading.setAttribute('class', renamedClass);
    renamed++;
  }
  return renamed;
}
