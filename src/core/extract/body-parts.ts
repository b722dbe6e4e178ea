/**
 * A story the layout sets in several boxes of one kind. Ars Technica closes its `div.post-content` before each
 * full-width advert and opens another after it: the story is three boxes in three grid rows, and Readability, which
 * looks for more of the story only among its pick's siblings, kept the longest and lost the first five paragraphs
 * and the last section.
 *
 * The boxes are found before Readability runs, from the page's paragraphs of prose (sibling-gaps.ts reads them):
 * boxes around them of one tag and one class attribute, at one depth, none inside another, outside navigation,
 * asides, headers, footers and pop-ups, each mostly prose with few links, where nothing lies between one box and
 * the next but empty boxes and a label ("Advertisement"): no heading, no date, no linked words, at most a few words.
 * Teaser cards and comments, which repeat their box too, have their headline or their author and date between
 * them, and a thread's boxes sit in a box named for it. When Readability's article holds some of the boxes and
 * none of the others' prose, the others go back in page order, before and after the boxes it holds.
 */
import { collapsedText, elementsByTag, linkTextLength, walkerPast } from '../dom.js';
import { isProse } from './segments.js';
import type { ProseOrder } from './sibling-gaps.js';

/** How much of a paragraph identifies it. */
const ANCHOR = 60;
/** Boxes of one story: an advert every screen or two of a long story; more boxes of one kind are a list's items. */
const MAX_PARTS = 20;
/** Letters that may lie between two boxes: an advert's label, a "story continues below". */
const MAX_GAP_LETTERS = 40;
/** Elements walked between two boxes: a gap of more is no advert slot; this bounds the cost. */
const MAX_GAP_ELEMENTS = 200;
const MAX_LINK_SHARE = 0.25;
/** Of a box's letters, at least this share in paragraphs of prose. */
const MIN_PROSE_SHARE = 0.6;
const OUTSIDE_STORY = 'nav, aside, header, footer';
/**
 * A thread's boxes repeat as the story's do, and so do a site's pop-ups (a log-in box, a newsletter box): a box
 * named for either holds no part of the story.
 */
const NOT_STORY_NAME = /comment|discuss|respons|repl(?:y|ies)|forum|popup|pop-up|modal|dialog|overlay|lightbox/i;
const HEADING = /^h[1-6]$/;

interface Part {
  /** Copied before Readability takes the page apart. */
  copy: Element;
  /** Its paragraphs of prose, by their opening. */
  openings: string[];
}

/** One story's boxes, in page order. */
export type BodyParts = Part[][];

function proseOpening(p: Element): string | null {
  const text = collapsedText(p);
  return isProse(text) && linkTextLength(p) <= text.length * MAX_LINK_SHARE ? text.slice(0, ANCHOR) : null;
}

function outsideStory(box: Element): boolean {
  for (let el: Element | null = box; el && el.localName !== 'body'; el = el.parentElement)
    if (el.getAttribute('role') === 'dialog' || NOT_STORY_NAME.test(`${el.id} ${el.getAttribute('class') ?? ''}`))
      return true;
  return false;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let at = el.parentElement; at; at = at.parentElement) depth++;
  return depth;
}

/**
 * Whether a box reads as part of a story: most of its words in paragraphs of prose, few of them linked. A footer's
 * address and link lists, a "latest topics" box or a log-in pop-up set in a box of the story's class do not.
 */
function readsAsStory(box: Element): boolean {
  const letters = squeezed(box);
  if (letters === 0 || linkTextLength(box) > collapsedText(box).length * MAX_LINK_SHARE) return false;
  let prose = 0;
  for (const p of elementsByTag(box, 'p')) if (proseOpening(p) !== null) prose += squeezed(p);
  return prose >= letters * MIN_PROSE_SHARE;
}
const squeezed = (node: Node): number => (node.textContent ?? '').replace(/\s+/g, '').length;

/** Whether nothing but empty boxes and a short label lie between `a` and `b` (which follows it). */
function adjoin(a: Element, b: Element): boolean {
  const walker = walkerPast(a, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let letters = 0;
  let elements = 0;
  let node: Node | null;
  for (node = walker.nextNode(); node && node !== b; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement?.localName;
      if (parent === 'script' || parent === 'style' || parent === 'template') continue;
      letters += (node.textContent ?? '').replace(/\s+/g, '').length;
      if (letters > MAX_GAP_LETTERS) return false;
    } else {
      const el = node as Element;
      // No heading, date or linked name: a teaser's headline, a comment's author and time. (The boxes round `b` are
      // met on the way, and walked into.)
      if (++elements > MAX_GAP_ELEMENTS || HEADING.test(el.localName) || el.localName === 'time') return false;
      if (el.localName === 'a' && !el.contains(b) && (el.textContent ?? '').trim() !== '') return false;
    }
  }
  return node === b;
}

/** The page's story boxes that repeat with only adverts between them, copied; empty when there are none. */
export function bodyParts(order: ProseOrder): BodyParts {
  const groups = new Map<string, Element[]>();
  const seen = new Set<Element>();
  for (const boxes of order.boxes.values()) {
    for (const box of boxes) {
      const className = box.getAttribute('class')?.trim();
      if (!className || seen.has(box)) continue;
      seen.add(box);
      const key = `${box.localName} ${className}`;
      const group = groups.get(key);
      if (group) group.push(box);
      else groups.set(key, [box]);
    }
  }
  const found: BodyParts = [];
  const taken: Element[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_PARTS) continue;
    if (group.some((box) => box.closest(OUTSIDE_STORY) || outsideStory(box))) continue;
    // The innermost boxes only: the grid rows around Ars's boxes repeat too, and hold no more of the story.
    if (taken.some((box) => group.some((outer) => outer.contains(box)))) continue;
    const depth = depthOf(group[0]!);
    if (!group.every((box) => depthOf(box) === depth && readsAsStory(box))) continue;
    if (!group.every((box, i) => i === 0 || adjoin(group[i - 1]!, box))) continue;
    taken.push(...group);
    found.push(
      group.map((box) => ({
        copy: box.cloneNode(true) as Element,
        openings: elementsByTag(box, 'p')
          .map(proseOpening)
          .filter((o): o is string => o !== null),
      })),
    );
  }
  return found;
}

/** The paragraph of `holder` that opens with `opening`. */
const paragraphIn = (holder: Element, opening: string): Element | undefined =>
  elementsByTag(holder, 'p').find((p) => collapsedText(p).startsWith(opening));

/** The child of `box` that holds `el`. */
function childHolding(box: Element, el: Element): Element {
  let at = el;
  while (at.parentElement !== box) at = at.parentElement!;
  return at;
}

/**
 * Puts back in `holder` the boxes of a story of which it holds a run and none of the others' prose: those before
 * the run in front of its first paragraph, those after it behind its last, at the level of the box holding both
 * (Readability may have unwrapped the story's own box). Returns whether it did.
 */
export function restoreBodyParts(holder: Element, found: BodyParts): boolean {
  if (found.length === 0) return false;
  const text = collapsedText(holder);
  for (const parts of found) {
    const held = parts.map((part) => part.openings.filter((o) => text.includes(o)).length);
    const first = held.findIndex((n) => n > 0);
    const last = held.findLastIndex((n) => n > 0);
    if (first < 0 || held.every((n) => n > 0)) continue;
    // The article holds a run of the boxes, and none of the others' prose.
    if (held.some((n, i) => i > first && i < last && n === 0)) continue;
    const opening = parts[first]!.openings.find((o) => text.includes(o))!;
    const closing = parts[last]!.openings.findLast((o) => text.includes(o))!;
    const start = paragraphIn(holder, opening);
    const end = paragraphIn(holder, closing);
    if (!start || !end) continue;
    let box = start.parentElement!;
    while (!box.contains(end)) box = box.parentElement!;
    const doc = holder.ownerDocument;
    const copies = (list: Part[]) => list.map((part) => doc.importNode(part.copy, true));
    childHolding(box, start).before(...copies(parts.slice(0, first)));
    childHolding(box, end).after(...copies(parts.slice(last + 1)));
    return true;
  }
  return false;
}
