/**
 * Boxes inside the story that Readability throws away. Readability removes every `<aside>` from its article, and
 * magazines set a side story, a commentary or a fact box in one, inside the story's `<article>` (c't's commentary
 * "Teufelszeug" beside its article on signing in without passwords: seven paragraphs the reader never saw). An
 * aside of the story that reads as prose — paragraphs of sentences, few links, no form — is the story's own box:
 * it is put back after the paragraph it follows on the page, if Readability kept that paragraph. Asides that are
 * link lists, pull quotes, newsletter forms or a teaser stay out, as do asides outside the story's container
 * (the page's sidebar).
 */
import { collapsedText, elementsByTag, linkTextLength } from '../dom.js';
import { hasHan } from './segments.js';

/** A paragraph of the box that counts: a sentence or more. */
const MIN_PARAGRAPH = 80;
const MIN_HAN_PARAGRAPH = 30;
const MIN_PARAGRAPHS = 2;
/** At most this share of the box's text in links. */
const MAX_LINK_SHARE = 0.25;
/** How much of the paragraph before the box identifies it in Readability's article. */
const ANCHOR = 60;

export interface SideBox {
  /** The box, copied before Readability takes the document apart. */
  box: Element;
  /** The opening of the story's paragraph before it on the page. */
  after: string;
}

const STORY = 'article, [itemprop~="articleBody" i]';

function isProse(box: Element): boolean {
  if (box.querySelector('form, input, button, iframe, nav, aside')) return false;
  const text = collapsedText(box);
  const min = hasHan(text) ? MIN_HAN_PARAGRAPH : MIN_PARAGRAPH;
  const paragraphs = elementsByTag(box, 'p').filter((p) => collapsedText(p).length >= min);
  return paragraphs.length >= MIN_PARAGRAPHS && linkTextLength(box) <= text.length * MAX_LINK_SHARE;
}

/** The story's last paragraph of prose before `box`, outside every aside. */
function paragraphBefore(box: Element, story: Element): string | null {
  let found: string | null = null;
  for (const p of elementsByTag(story, 'p')) {
    if (!(p.compareDocumentPosition(box) & 4 /* box FOLLOWING p */)) break;
    if (p.closest('aside')) continue;
    const text = collapsedText(p);
    if (text.length >= ANCHOR / 2) found = text;
  }
  return found;
}

/** The story's prose boxes, in page order, each with the paragraph it follows. */
export function sideBoxes(doc: Document): SideBox[] {
  const out: SideBox[] = [];
  for (const box of elementsByTag(doc, 'aside')) {
    const story = box.parentElement?.closest(STORY);
    if (!story || box.parentElement?.closest('aside, nav, footer, header') || !isProse(box)) continue;
    const after = paragraphBefore(box, story);
    if (after) out.push({ box: box.cloneNode(true) as Element, after: after.slice(0, ANCHOR) });
  }
  return out;
}

/**
 * Puts each box Readability dropped back into the article `holder`, as a section after the paragraph it follows;
 * a box whose paragraph is not in the article, or whose text the article already holds, is left out. Returns how
 * many were put back.
 */
export function restoreSideBoxes(holder: Element, boxes: readonly SideBox[]): number {
  let restored = 0;
  const placed = new Map<Element, Element>();
  for (const { box, after } of boxes) {
    const opening = collapsedText(box.querySelector('p')).slice(0, ANCHOR);
    if (collapsedText(holder).includes(opening)) continue;
    const anchor = elementsByTag(holder, 'p').find((p) => collapsedText(p).startsWith(after));
    if (!anchor) continue;
    const section = holder.ownerDocument.createElement('section');
    section.append(...Array.from(holder.ownerDocument.importNode(box, true).childNodes));
    // Two boxes after one paragraph keep their page order.
    (placed.get(anchor) ?? anchor).after(section);
    placed.set(anchor, section);
    restored++;
  }
  return restored;
}
