/**
 * A short article, as Readability first found it.
 *
 * Readability takes an article of fewer than 500 letters for a miss and tries again with looser rules: keeping the
 * blocks whose names it distrusts (navigation, sidebars, footers), then without weighing class names, then without
 * its conditional cleaning of link lists, forms and boxes. It keeps the first attempt that reaches 500 letters, or
 * else the longest. A government notice, a company's page or a news brief of three hundred letters then comes with
 * whatever makes up the length: the skip links, the contact box, the share bar, the sidebar's teasers, the
 * related-news list. The prune rules cannot take those back, since on so short a story they are most of the page.
 *
 * So the first, strictest attempt stands when the looser pick only adds the page around it: every paragraph of the
 * first attempt is in the looser pick (the same place on the page, not a menu found instead), and the looser pick
 * adds no prose or data of its own. Prose is a paragraph of a dozen words, under a fifth of them links, that is not
 * a teaser (under a heading that is a link, or ending on a link, "Read more"); data is a list item, a term or a
 * table cell of unlinked words (a restaurant's dishes in a box whose name Readability distrusts, an event's facts);
 * nor may it add a picture the story shows (below). Where the looser pick adds the story's
 * body, as on a post whose first attempt found only its summary, or an episode page whose first attempt was the
 * episode's description above its transcript, Readability's pick stands.
 */
import { collapsedText, elementsByTag, linkTextLength } from '../dom.js';
import { wordCount } from './prune/util.js';

/** The blocks text is read in: the innermost of these. */
const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption';
const HEADING = /^H[1-6]$/;
/** How far back a block's heading is looked for among its siblings: a card's heading is beside its text. */
const MAX_SIBLINGS = 20;
/** Of the first attempt's text, the share that must be in the looser pick. */
const MIN_CONTAINED = 0.9;
/** The first attempt must be a story, not a caption or a line: this many words (Han and kana count half). */
const MIN_WORDS = 15;
/** A paragraph of prose: this many words, at most this share of its letters in links. */
const PROSE_WORDS = 12;
const PROSE_MAX_LINKS = 0.2;
/** Added prose and data the first attempt may lack and still stand (a stray bio line), as a share of its words. */
const MAX_ADDED = 0.2;
/** Where a page keeps its data: list items, terms and their values, table cells. */
const DATA = new Set(['LI', 'DD', 'DT', 'TD', 'TH']);

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Embedded players, which are the story's wherever they sit. */
const PLAYERS = 'video, iframe, embed, object';
/** A picture declared smaller than this (either side) is an icon: a phone beside a number, a share button. */
const MIN_PICTURE_SIDE = 100;
/** A link to the picture itself (a lightbox's), not to a page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Words that say what a picture shows, in its alt text or beside it in its block. */
const MIN_DESCRIBED = 3;

/** Whether `img` is described: in a figure, with an alt text of a few words, or with words beside it in its block. */
function isDescribed(img: Element): boolean {
  if (img.closest('figure')) return true;
  if (wordCount(img.getAttribute('alt') ?? '') >= MIN_DESCRIBED) return true;
  return wordCount(collapsedText(img.parentElement)) >= MIN_DESCRIBED;
}

/**
 * The pictures and players a reader would see as the story's in `root`: embedded players, and images that say what
 * they show (a figure, an alt text, a caption beside them) and are neither icons nor links to another page (a logo
 * linking home, a teaser's thumbnail, a banner). An end card's row of bare avatars is not a story's picture.
 */
export function shownPictures(root: Element): number {
  let shown = root.querySelectorAll(PLAYERS).length;
  for (const img of elementsByTag(root, 'img')) {
    const side = Math.min(...['width', 'height'].map((name) => Number(img.getAttribute(name) ?? NaN) || Infinity));
    if (side < MIN_PICTURE_SIDE) continue;
    const link = img.closest('a');
    if (link && !IMAGE_FILE.test(link.getAttribute('href') ?? '')) continue;
    if (isDescribed(img)) shown++;
  }
  return shown;
}

function innermostBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
}

/** A heading wholly a link: a card's title, whose paragraph is its teaser. */
function isLinkHeading(el: Element): boolean {
  if (!HEADING.test(el.tagName)) return false;
  const text = collapsedText(el);
  return text.length > 0 && linkTextLength(el) >= text.length;
}

/** The heading a block sits under, within `root`: the last one before it, in its parent or further up. */
function headingOf(block: Element, root: Element): Element | null {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    let looked = 0;
    for (let sib = el.previousElementSibling; sib && looked++ < MAX_SIBLINGS; sib = sib.previousElementSibling) {
      if (HEADING.test(sib.tagName)) return sib;
      const inner = sib.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (inner.length) return inner[inner.length - 1]!;
    }
  }
  return null;
}

/** A teaser's paragraph: under a linked heading, or ending on a link ("… Mehr", "Read more »"). */
function isTeaser(block: Element, root: Element): boolean {
  const heading = headingOf(block, root);
  if (heading && isLinkHeading(heading)) return true;
  let last: Node | null = block.lastChild;
  while (last && last.nodeType === 3 && !last.textContent?.trim()) last = last.previousSibling;
  return last !== null && last.nodeType === 1 && (last as Element).localName === 'a';
}

const fewLinks = (block: Element, text: string): boolean => linkTextLength(block) <= text.length * PROSE_MAX_LINKS;

function isProse(block: Element): boolean {
  const text = collapsedText(block);
  return wordCount(text) >= PROSE_WORDS && fewLinks(block, text);
}

/** An item, term or cell of unlinked words: a menu's dish, an event's date, a table's figure; a menu's link is not. */
function isData(block: Element): boolean {
  const text = collapsedText(block);
  return DATA.has(block.tagName) && text.length > 0 && fewLinks(block, text);
}

/**
 * Whether Readability's first attempt `first` is the article rather than its looser pick `picked`: all of the
 * first is in the pick, which adds no prose or data of its own.
 */
export function firstAttemptStands(first: Element, picked: Element): boolean {
  const firstText = collapsedText(first);
  if (wordCount(firstText) < MIN_WORDS) return false;
  const pickedText = squeeze(picked.textContent ?? '');
  const firstBlocks = innermostBlocks(first)
    .map((b) => squeeze(b.textContent ?? ''))
    .filter(Boolean);
  const firstLength = firstBlocks.reduce((n, t) => n + t.length, 0);
  if (firstLength === 0) return false;
  const contained = firstBlocks.filter((t) => pickedText.includes(t)).reduce((n, t) => n + t.length, 0);
  if (contained < firstLength * MIN_CONTAINED) return false;
  if (shownPictures(picked) > shownPictures(first)) return false;
  const firstSqueezed = squeeze(first.textContent ?? '');
  const allowed = wordCount(firstText) * MAX_ADDED;
  let added = 0;
  for (const block of innermostBlocks(picked)) {
    if (firstSqueezed.includes(squeeze(block.textContent ?? ''))) continue;
    if (isData(block) || (isProse(block) && !isTeaser(block, picked))) added += wordCount(collapsedText(block));
    // Past the allowance the answer is known: a looser pick of a whole long page is not read to its end.
    if (added > allowed) return false;
  }
  return true;
}
