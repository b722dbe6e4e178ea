/**
 * A story whose body the markup closed early. A block inside a `<p>` or a stray end tag in the story (si.com's
 * `<p>It came to that. <div></div></p>` before an inline teaser) makes the HTML parser close the body and the
 * containers around it, and the rest of the story lands outside them — in the body's parent, then, after the next
 * break, in `<body>` itself. Readability scores the longest run and keeps it: the reader got the story from its
 * middle, 24 paragraphs missing.
 *
 * The page names the story's body: schema.org's `articleBody`, or the one post-body class marked-body.ts reads.
 * When Readability's article holds none of the body's own prose but picks up further down the page, the story's
 * blocks from the body's start to that point — the body's, then those the breaks left outside it — go back in
 * front, if they read as the story: paragraphs of prose. Blocks inside navigation, asides, headers and footers
 * are never taken, nor link lists and their headings (a sidebar's "Most read" between the breaks); what a
 * teaser or credit leaves in between is pruning's, as in any article.
 */
import { collapsedText, elementsByTag, hasToken, linkTextLength, withAttribute } from '../dom.js';
import { namedBody } from './marked-body.js';
import { isProse } from './segments.js';

/** The body's own paragraphs of prose, at least. */
const MIN_PARAGRAPHS = 2;
/** How much of a paragraph identifies it in Readability's article. */
const ANCHOR = 60;
/** Blocks read from the body on: the story's gap is far shorter; this bounds the cost on a long page. */
const MAX_BLOCKS = 400;
/** Of the gap's paragraphs, at least this share prose; of a block's text, at most this share in links. */
const MIN_PROSE_SHARE = 0.6;
const MAX_LINK_SHARE = 0.25;

/** The story's blocks, outermost: what goes back. */
const STORY_BLOCKS = 'p, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, table, figure';
const OUTSIDE_STORY = 'nav, aside, header, footer';

interface StoryBlock {
  /** Copied before Readability takes the document apart. */
  block: Element;
  text: string;
  links: number;
  inBody: boolean;
}

export type SplitBody = StoryBlock[];

/** The one block the page marks as the story's body: schema.org's articleBody, else the one named post body. */
function storyBody(doc: Document): Element | null {
  const marked = withAttribute(doc, 'itemprop', (value) => hasToken(value, 'articleBody'));
  if (marked.length > 1) return null;
  return marked[0] ?? namedBody(doc);
}

/**
 * The story's blocks from its marked body's start on, in page order (at most 400), or null when the page names no
 * body or the body holds fewer than two paragraphs of prose.
 */
export function splitBody(doc: Document): SplitBody | null {
  const body = storyBody(doc);
  if (!body || body.closest(OUTSIDE_STORY)) return null;
  const own = elementsByTag(body, 'p').filter((p) => isProse(collapsedText(p)));
  if (own.length < MIN_PARAGRAPHS) return null;
  const blocks: StoryBlock[] = [];
  for (const block of Array.from(doc.querySelectorAll(STORY_BLOCKS))) {
    if (blocks.length >= MAX_BLOCKS) break;
    const inBody = body.contains(block);
    if (!inBody && !(body.compareDocumentPosition(block) & 4 /* FOLLOWING */)) continue;
    const outer = block.parentElement?.closest(STORY_BLOCKS);
    if ((outer && (inBody ? body.contains(outer) : true)) || block.closest(OUTSIDE_STORY)) continue;
    const text = collapsedText(block);
    if (text) blocks.push({ block: block.cloneNode(true) as Element, text, links: linkTextLength(block), inBody });
  }
  return blocks;
}

const HEADING = /^h[2-6]$/;

/**
 * The story's blocks among `blocks`: not the link lists and teaser lines the layout has between the breaks (a
 * sidebar's "Most read"), nor a heading that no paragraph follows (that list's title).
 */
function storyOf(blocks: StoryBlock[]): StoryBlock[] {
  const prose = blocks.filter((b) => b.links <= b.text.length * MAX_LINK_SHARE);
  return prose.filter((b, i) => !HEADING.test(b.block.localName) || prose[i + 1]?.block.localName === 'p');
}

/** Whether the article holds the block: its opening is in the article's text. */
const holds = (articleText: string, text: string) => articleText.includes(text.slice(0, ANCHOR));

/**
 * Puts the story's beginning back in the article `holder`, before the paragraph where the article picks up, when the
 * holder has none of the body's own prose and the blocks between read as the story. Returns whether it did.
 */
export function restoreSplitBody(holder: Element, split: SplitBody): boolean {
  const articleText = collapsedText(holder);
  if (split.some((b) => b.inBody && isProse(b.text) && holds(articleText, b.text))) return false;
  const pickUp = split.findIndex(
    (b) => !b.inBody && b.block.localName === 'p' && isProse(b.text) && holds(articleText, b.text),
  );
  if (pickUp <= 0) return false;
  const gap = storyOf(split.slice(0, pickUp).filter((b) => !holds(articleText, b.text)));
  const paragraphs = gap.filter((b) => b.block.localName === 'p');
  const prose = paragraphs.filter((b) => isProse(b.text)).length;
  if (prose < MIN_PARAGRAPHS || prose < paragraphs.length * MIN_PROSE_SHARE) return false;
  const opening = split[pickUp]!.text.slice(0, ANCHOR);
  const anchor = elementsByTag(holder, 'p').find((p) => collapsedText(p).startsWith(opening));
  if (!anchor) return false;
  const doc = holder.ownerDocument;
  anchor.before(...gap.map((b) => doc.importNode(b.block, true)));
  return true;
}
