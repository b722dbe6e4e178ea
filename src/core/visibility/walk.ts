/**
 * The verdict walk both paths share: one pass in document order over the elements that hold text or links,
 * each judged by `hidingReason` on the path's `Rendering`. A hidden element's verdict covers its subtree,
 * which is not visited; a hidden element that is really the article (keep.ts) gets `hidden:kept` and the walk
 * goes on inside it, judging its descendants by their own causes only.
 */
import type { Verdicts } from '../types.js';
import { hidingReason, type Rendering } from './rendering.js';
import { shouldKeepHidden, type KeepContext } from './keep.js';
import { readableLength, type PageText } from './text-holders.js';
import { CHECK_EVERY, type Budget } from '../budget.js';

/** Past this share of the page's text, "same colour as the background" means we misread how it paints. */
const MAX_COLOUR_SHARE = 0.25;

export interface Walk {
  elements: readonly Element[];
  text: PageText;
  ctx: KeepContext;
  rendering: Rendering;
  /**
   * Elements a path does not judge: 'subtree' skips the element and everything in it (SVG and MathML draw
   * their own text), 'self' only the element (the root and body, which live layout always paints).
   */
  exempt?: (el: Element) => 'subtree' | 'self' | null;
  /** Past its deadline the walk stops: the verdicts found so far stand, the rest of the page is not judged. */
  budget?: Budget;
}

export function walkVerdicts({ elements, text, ctx, rendering, exempt, budget }: Walk): Verdicts {
  const verdicts: Verdicts = new Map();
  const colourHidden: Array<[number, Element]> = [];
  let hiddenRoot: Element | null = null;
  let judged = 0;
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index]!;
    if (hiddenRoot?.contains(el)) continue;
    hiddenRoot = null;
    if (!text.holders[index]) continue;
    if (budget && ++judged % CHECK_EVERY === 0 && budget.overdue()) {
      budget.skip('visibility');
      break;
    }
    const exemption = exempt?.(el) ?? null;
    if (exemption === 'subtree') hiddenRoot = el;
    if (exemption) continue;
    const reason = hidingReason(el, text.ownText[index] === 1, rendering);
    if (!reason) continue;
    if (shouldKeepHidden(el, reason, ctx)) {
      verdicts.set(index, 'hidden:kept');
      continue;
    }
    verdicts.set(index, `hidden:${reason}`);
    if (reason === 'colour') colourHidden.push([index, el]);
    hiddenRoot = el;
  }
  // A page that paints its background some way neither path models (a sibling image, a pseudo-element, an
  // unseen sheet) would lose its text to "colour": past a quarter of the page, trust the page instead.
  if (colourHidden.length > 0) {
    const colourText = colourHidden.reduce((n, [, el]) => n + readableLength(el), 0);
    if (colourText > MAX_COLOUR_SHARE * ctx.bodyText) for (const [index] of colourHidden) verdicts.delete(index);
  }
  return verdicts;
}
