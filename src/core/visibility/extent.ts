/**
 * How big a box's content is, estimated from its text — the static path has no layout, and a moderate offset
 * (`top:-300px`) parks a box only if the box is smaller than the distance. The estimate errs large: Han, kana
 * and Hangul take a full em, other letters well over half of one; each block or line break inside starts a
 * line; lines are 1.6 em; both sides are then doubled and padded. A box so estimated that still ends before
 * the page begins is off the page whatever the fonts.
 */
import type { Extent } from './hiding.js';
import { ASSUMED_SCREEN } from './media.js';
import { collapseSpace, elementsByTag } from '../dom.js';

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;
const BREAKS = new Set([
  'BR',
  'P',
  'DIV',
  'LI',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
]);
/** Past this much text a box is not a parked snippet: reading on costs time and proves nothing more. */
const MAX_CHARS = 20_000;
const SAFETY = 2;
const PAD_PX = 40;

export function estimateExtent(el: Element, fontPx: number, declaredWidth: number | null): Extent {
  const text = collapseSpace((el.textContent ?? '').slice(0, MAX_CHARS));
  const wide = text.match(WIDE)?.length ?? 0;
  const textWidth = (wide + (text.length - wide) * 0.6) * fontPx;
  let breaks = 0;
  for (const d of elementsByTag(el, '*')) if (BREAKS.has(d.tagName.toUpperCase()) && ++breaks > 1000) break;
  const boxWidth =
    declaredWidth !== null && declaredWidth > 0
      ? declaredWidth
      : Math.max(fontPx, Math.min(textWidth, ASSUMED_SCREEN.width));
  const lines = Math.max(1, Math.ceil(textWidth / boxWidth)) + breaks;
  return { width: boxWidth * SAFETY + PAD_PX, height: lines * fontPx * 1.6 * SAFETY + PAD_PX };
}
