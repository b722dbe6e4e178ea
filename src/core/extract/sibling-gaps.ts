/**
 * Paragraphs of the story Readability passed over between two it kept. Readability keeps those siblings of its top
 * candidate that score over a threshold, and a box scores half of what its paragraphs score when they sit one wrapper
 * deeper than its neighbours'. DER SPIEGEL sets each run of paragraphs in `<div data-pos><div class="RichText">`
 * between ad slots: the runs of one paragraph, which Readability unwraps into their box, passed; the run of two
 * between them did not, and the reader got the story with its middle missing.
 *
 * Before Readability, the page's paragraphs of prose are read in order (their openings). After it, a paragraph still
 * in the page (neither in the article nor cleaned away by Readability) whose place lies in a short run between two
 * of the article's goes back in, after the article's paragraph before it: what lies between two parts of a story is
 * the story. So does a short run just before the article's first paragraph, from a box the two share (within three
 * levels). Not one after its last: there the page's author box, newsletter line and comment rules sit in the story's
 * boxes, and putting those back took seven authors' and blogs' notes and two notices on 765 reference pages.
 * Only paragraphs of prose with few links, outside navigation, asides, headers, footers and forms, not a list's,
 * table's, figure's or quote's (a recipe card's steps out of their list). A teaser's summary among them is the
 * prune rules', as in any article.
 */
import { collapsedText, elementsByTag, linkTextLength } from '../dom.js';
import { isProse } from './segments.js';

/** How much of a paragraph identifies it. */
const ANCHOR = 60;
/** Paragraphs read in order: a story's are among the first few thousand; this bounds the cost on a huge page. */
const MAX_PARAGRAPHS = 3000;
/** A gap longer than this between two kept paragraphs is not a run Readability missed but another part of the page. */
const MAX_RUN = 6;
const MAX_LINK_SHARE = 0.25;
/** Not a run of the story's paragraphs: the page's furniture, and a paragraph of a list, table, figure or quote. */
const NOT_A_RUN = 'nav, aside, header, footer, form, li, td, th, dd, figure, blockquote';

/**
 * The page's paragraphs of prose in page order: each one's place by its opening (an opening met twice is left out),
 * and the boxes around each, up to `BOX_LEVELS` above it, as the page set them.
 */
export interface ProseOrder {
  places: Map<string, number>;
  boxes: Map<number, Element[]>;
}

/** A run before the article's first paragraph comes back only from a box it shares with that paragraph. */
const BOX_LEVELS = 3;

/** The opening a paragraph is known by, or null when it is not a paragraph of prose that could be the story's. */
function openingOf(p: Element): string | null {
  const text = collapsedText(p);
  if (!isProse(text) || linkTextLength(p) > text.length * MAX_LINK_SHARE || p.closest(NOT_A_RUN)) return null;
  return text.slice(0, ANCHOR);
}

/** The boxes around `p`, nearest first, short of the body. */
function boxesOf(p: Element): Element[] {
  const boxes: Element[] = [];
  for (let el = p.parentElement; el && boxes.length < BOX_LEVELS; el = el.parentElement) {
    if (el.localName === 'body' || el.localName === 'html') break;
    boxes.push(el);
  }
  return boxes;
}

/** The page's paragraphs of prose in order, read before Readability takes the page apart. */
export function proseOrder(doc: Document): ProseOrder {
  const places = new Map<string, number>();
  const boxes = new Map<number, Element[]>();
  const twice = new Set<string>();
  const paragraphs = elementsByTag(doc, 'p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const opening = openingOf(paragraphs[i]!);
    if (opening === null) continue;
    if (places.has(opening)) twice.add(opening);
    places.set(opening, i);
    boxes.set(i, boxesOf(paragraphs[i]!));
  }
  for (const opening of twice) places.delete(opening);
  return { places, boxes };
}

/** Whether the paragraphs at places `a` and `b` were set in one box. */
function shareABox(order: ProseOrder, a: number, b: number): boolean {
  const around = order.boxes.get(b) ?? [];
  return (order.boxes.get(a) ?? []).some((box) => around.includes(box));
}

/**
 * Puts back in `holder` (the article) the paragraphs left in `doc` whose place lies in a short run between two of the
 * article's, or in a short run just before its first paragraph and in a box with it. Returns how many went back.
 */
export function restoreSiblingGaps(holder: Element, doc: Document, order: ProseOrder): number {
  // The article's paragraphs by place, in page order.
  const kept = new Map<number, Element>();
  for (const p of elementsByTag(holder, 'p')) {
    const place = order.places.get(collapsedText(p).slice(0, ANCHOR));
    if (place !== undefined) kept.set(place, p);
  }
  if (kept.size < 2) return 0;
  const places = [...kept.keys()].sort((a, b) => a - b);
  const first = places[0]!;
  const last = places[places.length - 1]!;
  const missed: Array<{ place: number; p: Element }> = [];
  for (const p of elementsByTag(doc, 'p')) {
    // The place first, by the paragraph's opening: most of what is left of the page has none.
    const place = order.places.get(collapsedText(p).slice(0, ANCHOR));
    if (place !== undefined && !kept.has(place) && openingOf(p) !== null) missed.push({ place, p });
  }
  let restored = 0;
  const copyOf = (p: Element) => {
    restored++;
    return holder.ownerDocument.importNode(p, true);
  };
  const firstEl = kept.get(first)!;
  for (const { place, p } of missed.sort((a, b) => a.place - b.place)) {
    if (place < first) {
      // Before the article's first paragraph, in order: each goes in just before it.
      if (first - place - 1 <= MAX_RUN && shareABox(order, place, first)) firstEl.before(copyOf(p));
    } else if (place < last) {
      // The kept paragraphs either side of it, and the run between them no longer than a story's missed stretch.
      const after = places.findIndex((at) => at > place);
      const before = places[after - 1]!;
      if (places[after]! - before - 1 > MAX_RUN) continue;
      // After the kept paragraph before it, or after what went back there before it.
      const copy = copyOf(p);
      kept.get(before)!.after(copy);
      kept.set(before, copy);
    }
  }
  return restored;
}
