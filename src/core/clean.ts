/**
 * The pipeline, one way through:
 *
 *   page ──► visibility verdicts ──► clone ──► drop hidden ──► site fix ──► spam rules ──► Readability ──► purify
 *            (live, or static)                  (visibility/)   (site-rules/) (spam/)        (extract/)
 *        ──► Article
 *
 * Pure: everything it reads comes in through its arguments, and the page itself is never modified.
 * The same function runs in the content script (with live verdicts), the CLI (jsdom) and the tests.
 */
import type { Article, CleanOptions } from './types.js';
import { staticVerdicts } from './visibility/static.js';
import { cleanMeasured } from './clean-measured.js';

/** The verdicts given in `options`, or the static ones read from `doc`'s markup and its own stylesheets. */
export function clean(doc: Document, options: CleanOptions = {}): Article | null {
  return cleanMeasured(doc, options.verdicts ?? staticVerdicts(doc), options);
}
