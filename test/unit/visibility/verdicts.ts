/** Static verdicts read by element id, on a page that also holds an ordinary article (as real pages do). */
import { parse } from '../../helpers/dom.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { elementsInOrder } from '../../../src/core/dom.js';

export const ARTICLE =
  '<article><h1>Headline</h1>' +
  Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i} of an ordinary article, long enough to be read as prose by Readability and by people alike.</p>`,
  ).join('') +
  '</article>';

/** Verdicts keyed by the id of the element they name (its tag name when it has none). */
export function verdictsById(html: string): Record<string, string> {
  const doc = parse(html + ARTICLE).window.document;
  const els = elementsInOrder(doc);
  const out: Record<string, string> = {};
  for (const [i, reason] of staticVerdicts(doc)) out[els[i]?.id || els[i]?.tagName || '?'] = reason;
  return out;
}
