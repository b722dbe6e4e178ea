/**
 * The story under the page's headline, when Readability took a sidebar's text instead. Beside a post of a paragraph
 * or two, a sidebar's text widget (a club's "About us", a company's address and opening hours) scores as well as
 * the story, and the reader got the widget.
 *
 * The headline is the page's `<h1>` that states its title; its story is the prose after it, in the nearest block
 * round the headline that has any (a post's `<article>`, a grid's main column). Only a short story is at risk, so
 * only a story of under a thousand letters is set aside, with the prose of the page's sidebars: `<aside>`,
 * `role="complementary"`, blocks a theme names `sidebar`, `widget`, `widget-area` or `secondary`, and a grid's
 * narrow column (`col-md-4`, a third of the width or less). When Readability's pick holds a sidebar's prose and no
 * prose but the story's and the sidebars' (it took the widget instead of the story, or the row holding both),
 * Readability runs again on the headline's block.
 *
 * So too when the pick is the row holding the story and a box without prose beside it (a press office's phone and
 * address in the next column, named as the site pleases): all of the story is in the pick, and the pick adds no
 * prose, no data (list items, terms, cells of unlinked words), no picture, and no more than a few lines of
 * unlinked text. A story that goes on outside the headline's block, in paragraphs or in bare lines, adds more than that.
 */
import { collapsedText, collapseSpace, elementsByTag, linkTextLength } from '../dom.js';
import { allElements } from '../spam/page-index.js';
import { isProse } from './segments.js';
import { firstAttemptStands } from './short-article.js';
import { isTitle } from './sole-article.js';

/** How much of a paragraph of prose (segments.ts isProse: a sentence, not a label or an address line) identifies it. */
const PROSE = 80;
const MAX_LINK_SHARE = 0.25;
/** How far above the headline its block may be. */
const MAX_LEVELS = 4;
/** A story longer than this holds its own against a widget… */
const MAX_STORY = 1000;
/** …and one longer than this against teaser cards, each a headline and a summary of a few sentences. */
const MAX_STORY_BESIDE_CARDS = 3000;
/**
 * Unlinked letters the pick may hold outside the story and be only the page around it (a contact box's lines), or
 * this share of the story's.
 */
const MAX_AROUND = 150;
const MAX_AROUND_SHARE = 0.3;
const SIDEBAR_NAME =
  /^(?:sidebar|side-bar|sidebar-\w+|widget|widget-area|widgets|secondary|col-(?:xs|sm|md|lg|xl)-[1-4]|span[1-4])$/i;

export interface HeadlineStory {
  /** The headline's block, copied (Readability is about to take the clone apart). */
  block: Element;
  /** The block without the headline, as Readability's pick would hold it (it drops a headline stating the title). */
  story: Element;
  /** The story's paragraphs, by their opening. */
  prose: string[];
  /** The sidebars' paragraphs, by their opening. */
  sidebarProse: Set<string>;
  /** The story's unlinked letters, the headline's aside (Readability drops it from its pick). */
  letters: number;
  /** Longer than a widget can outscore: only teaser cards may have. */
  long: boolean;
}

const squeezedLength = (node: Node): number => (node.textContent ?? '').replace(/\s+/g, '').length;

/** Letters of `el`'s text outside links, whitespace aside. */
function unlinkedLetters(el: Element): number {
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) linked += squeezedLength(a);
  return squeezedLength(el) - linked;
}

function proseOf(el: Element): string | null {
  const text = collapsedText(el);
  return isProse(text) && linkTextLength(el) <= text.length * MAX_LINK_SHARE ? text.slice(0, PROSE) : null;
}

function isSidebar(el: Element): boolean {
  if (el.localName === 'aside' || el.getAttribute('role') === 'complementary') return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`.split(/\s+/);
  return names.some((name) => SIDEBAR_NAME.test(name));
}

/** The prose paragraphs after `h1` in `block`, in one walk in tree order. */
function proseAfter(h1: Element, block: Element): string[] {
  const out: string[] = [];
  let after = false;
  const walker = block.ownerDocument.createTreeWalker(block, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === h1) after = true;
    else if (after && (n as Element).localName === 'p') {
      const text = proseOf(n as Element);
      if (text) out.push(text);
    }
  }
  return out;
}

/** The element of `copy` (a deep clone of `root`) at `el`'s place in `root`. */
function counterpart(el: Element, root: Element, copy: Element): Element | null {
  const path: number[] = [];
  for (let at: Element = el; at !== root; at = at.parentElement!)
    path.push(Array.prototype.indexOf.call(at.parentElement!.children, at));
  let found: Element | undefined = copy;
  for (let i = path.length - 1; i >= 0 && found; i--) found = found.children[path[i]!];
  return found ?? null;
}

/** The page's `<h1>` stating one of `titles`, if exactly one does. */
function headline(doc: Document, titles: readonly string[]): Element | null {
  const wanted = titles.filter((t) => collapseSpace(t).length >= 8);
  const own = elementsByTag(doc, 'h1').filter((h) => wanted.some((t) => isTitle(h.textContent ?? '', t)));
  return own.length === 1 ? own[0]! : null;
}

/** The headline's story set aside, if it is short enough for a sidebar to outscore it. */
export function headlineStory(doc: Document, titles: readonly string[]): HeadlineStory | null {
  const h1 = headline(doc, titles);
  if (!h1) return null;
  let block: Element | null = h1.parentElement;
  for (let level = 0; block && level < MAX_LEVELS; level++, block = block.parentElement) {
    if (block.localName === 'body' || isSidebar(block)) return null;
    // A long block is no short story, and is not read paragraph by paragraph (a report of 60,000 paragraphs).
    const length = collapsedText(block).length;
    if ((block.textContent?.length ?? 0) > MAX_STORY_BESIDE_CARDS * 4 || length > MAX_STORY_BESIDE_CARDS) return null;
    const prose = proseAfter(h1, block);
    if (prose.length === 0) continue;
    const sidebarProse = new Set<string>();
    // Whether each element is in a sidebar, answered once per element however many paragraphs share it. A sidebar
    // is beside the headline, never round it: WordPress names the page's layout on <body> ("sidebar-primary").
    const inSidebar = new Map<Element, boolean>();
    for (let el = block.parentElement; el; el = el.parentElement) inSidebar.set(el, false);
    const sidebarHolds = (start: Element | null): boolean => {
      // Up to the first element already answered (or the root), then the answers down again: no recursion, however deep.
      const path: Element[] = [];
      let el = start;
      let known = false;
      for (; el; el = el.parentElement) {
        const seen = inSidebar.get(el);
        if (seen !== undefined) {
          known = seen;
          break;
        }
        path.push(el);
      }
      for (let i = path.length - 1; i >= 0; i--) {
        known = known || isSidebar(path[i]!);
        inSidebar.set(path[i]!, known);
      }
      return known;
    };
    for (const el of allElements(doc)) {
      if (el.localName !== 'p' || !el.isConnected || block.contains(el)) continue;
      const text = sidebarHolds(el.parentElement) ? proseOf(el) : null;
      if (text) sidebarProse.add(text);
    }
    const story = block.cloneNode(true) as Element;
    counterpart(h1, block, story)?.remove();
    return {
      block: block.cloneNode(true) as Element,
      story,
      prose,
      sidebarProse,
      letters: unlinkedLetters(block) - unlinkedLetters(h1),
      long: length > MAX_STORY,
    };
  }
  return null;
}

/**
 * Whether Readability's pick strayed from the story: it holds a sidebar's prose, and no prose that is neither the
 * story's nor a sidebar's (a story going on past the headline's block keeps Readability's pick); or it holds the story
 * and only a few lines of the page around it.
 */
export function strayedFromHeadlineStory(story: HeadlineStory, picked: Element): boolean {
  const own = new Set(story.prose);
  let sidebar = 0;
  let cards = 0;
  for (const p of elementsByTag(picked, 'p')) {
    const text = proseOf(p);
    if (text === null || own.has(text)) continue;
    if (inTeaserCard(p)) cards++;
    else if (story.sidebarProse.has(text)) sidebar++;
    else return false;
  }
  if (story.long) return cards > 0 && sidebar === 0;
  return sidebar + cards > 0 || paddedStory(story, picked);
}

/**
 * Whether a paragraph outside the story is a teaser card's summary: its block is headed by a heading that is all
 * link (another page's headline) above it. Cards beside a short release in a column the site names as it pleases
 * ("aside", "marginal", "rechts") are the page's, as a sidebar's widgets are.
 */
function inTeaserCard(p: Element): boolean {
  const card = p.parentElement;
  const heading = card?.querySelector('h2, h3, h4, h5, h6');
  if (!heading || !(heading.compareDocumentPosition(p) & 4) /* FOLLOWING */) return false;
  const title = collapsedText(heading);
  return title !== '' && linkTextLength(heading) >= title.length;
}

/** Whether the pick is all of the story and a few lines of the page beside it, without prose, data or pictures. */
function paddedStory(story: HeadlineStory, picked: Element): boolean {
  const around = unlinkedLetters(picked) - story.letters;
  return (
    around > 0 &&
    around <= Math.max(MAX_AROUND, story.letters * MAX_AROUND_SHARE) &&
    firstAttemptStands(story.story, picked)
  );
}
