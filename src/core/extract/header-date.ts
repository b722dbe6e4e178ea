/**
 * The page's date where its header states it: a `<time datetime>` beside the headline. NHK, Al Arabiya, ETtoday and
 * China Times write their date so and in no meta tag, and Readability reads only the meta tags and JSON-LD. Asked
 * only when neither they nor a labelled Chinese date line (cjk-metadata.ts) gave one.
 *
 * The nearest box around the headline, up to three levels (the header, the article's top), that holds a `<time>`
 * with a machine-readable date, and its first one — not one in a list (a teaser's), and not further up: a page's
 * other times are its comments' and its sidebar's.
 */
import { headlineElements } from './headline-element.js';

/** The headline's own box and the boxes around it, up to the article's top. */
const MAX_LEVELS = 3;
/** Before the web, a page's date is a template's empty stamp: "1970-01-01T01:33:33+01:00" (the epoch). */
const FIRST_WEB_YEAR = 1991;
/** A date the machine can read: the ISO date, with or without its time. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function headerDate(doc: Document, titles: readonly string[]): string | null {
  for (const headline of headlineElements(doc, titles)) {
    let box: Element | null = headline;
    for (let level = 0; box && box !== doc.body && level <= MAX_LEVELS; level++, box = box.parentElement) {
      const time = Array.from(box.querySelectorAll('time[datetime]')).find((t) => !t.closest('li'));
      if (!time) continue;
      const value = time.getAttribute('datetime')!.trim();
      return ISO_DATE.test(value) && Number(value.slice(0, 4)) >= FIRST_WEB_YEAR ? value : null;
    }
  }
  return null;
}
