/**
 * A thread's posts that Readability leaves out. A discussion page sets its posts as a run of sibling boxes of one
 * kind — Hacker News' `tr.athing.comtr` rows, Answerbag's `li.Box3.answer` items — and Readability, which judges
 * each box by its commas, its length and its share of links, keeps the long posts and drops the short ones and
 * those that cite a link ("That first one is amazing!", a paper's title and its address): the reader got a third
 * of the thread.
 *
 * When the article Readability kept is posts of one such run but for a few lines (an opening post) and lacks some, the missing posts go
 * back, each after the post it follows on the page — its text only (the post's own block, not the user line, vote
 * arrows and reply links around it). A story followed by readers' comments is not a thread: Readability kept the
 * story, far more than a few lines, and no comment is added.
 */
import { childElements, collapsedText, linkTextLength, templateSignature } from '../dom.js';

/** Posts of one kind under one parent, at least; two in a shaded run, which only a forum's topic prints. */
const MIN_POSTS = 3;
const MIN_SHADED_POSTS = 2;
/** What Readability kept beside the run's posts, at most (characters): an opening post, a question. */
const MAX_BESIDE_THREAD = 600;
/** Of the run's text, at most this share in links (a link list is not a thread), and at least this much text. */
const MAX_LINK_SHARE = 0.5;
const MIN_RUN_TEXT = 200;
/** A post's own block holds more than this share of the words the box has outside links. */
const OWN_SHARE = 0.5;
/**
 * A post says at least a sentence, and a run holds three such: not label and value pairs (a recipe's category, its
 * cuisine), nor a layout's rows (a menu's title, the story, the footer's notice).
 */
const MIN_POST = 40;
/** Of a run's boxes, at least this share framed: a post and something beside it. */
const MIN_FRAMED_SHARE = 0.8;
/** Text of its own that makes a block the post's, whatever its children hold. */
const MIN_OWN_TEXT = 10;
/** How much of a post identifies it in Readability's article. */
const ANCHOR = 40;
/** Pages with more elements than this are not scanned: the run is found in one pass over the boxes. */
const MAX_BOXES = 20_000;

const BOXES = 'li[class], div[class], tr[class], article[class], section[class]';

export interface Post {
  /** The post's own block, copied before Readability takes the document apart. */
  block: Element;
  /** Its opening. */
  opening: string;
  /** Its length. */
  length: number;
  /**
   * What of the page counts as the post's when Readability keeps it: in a shaded run (a forum's, which frames each
   * post with the poster's card, a title line and a stamp) the whole box; otherwise the post's own block.
   */
  boxLength: number;
  /** Whether the post's run is shaded, every other box of another shade: a forum topic's. */
  shaded: boolean;
}

/**
 * A box's template, its zebra striping aside: forums shade every other post (phpBB's `post bg1` and `post bg2`,
 * `row1`/`row2`, `odd`/`even`, `alt1`/`alt2`), and the two shades are one run of posts.
 */
const runSignature = (box: Element): string =>
  templateSignature(box)
    .split(' ')
    .filter((token) => !/^(?:odd|even|alt|alternate)$/i.test(token))
    .map((token) => token.replace(/^(bg|row|alt)\d$/i, '$1'))
    .join(' ');

/** The length of `el`'s own text, outside its child elements (a post's first paragraph beside the next ones' `<p>`s). */
const ownTextLength = (el: Element): number =>
  Array.from(el.childNodes).reduce(
    (sum, node) => sum + (node.nodeType === 3 ? (node.textContent ?? '').trim().length : 0),
    0,
  );

/**
 * The block in `box` that holds the post's words: going down while one child holds most of the box's words outside
 * links (past the user line, the vote and reply links), but not below a block that has text of its own. In a shaded
 * run, a forum's, while one child holds most of its own block's words: past the poster's card, then past the reply
 * title and the stamp over the post, whose words the post does not outweigh in the box as a whole.
 */
function ownBlock(box: Element, shaded: boolean): Element {
  const words = (el: Element) => collapsedText(el).length - linkTextLength(el);
  let own = box;
  for (;;) {
    if (ownTextLength(own) >= MIN_OWN_TEXT) return own;
    const all = words(shaded ? own : box);
    const inner = childElements(own).find((child) => words(child) > all * OWN_SHARE);
    if (!inner) return own;
    own = inner;
  }
}

/** The runs of sibling boxes of one kind (tag and classes) on the page, in page order, each as its posts. */
export function postSeries(doc: Document): Post[][] {
  const boxes = doc.querySelectorAll(BOXES);
  if (boxes.length > MAX_BOXES) return [];
  const runs = new Map<string, Element[]>();
  const ids = new Map<Element, number>();
  for (const box of Array.from(boxes)) {
    const parent = box.parentElement;
    if (!parent) continue;
    let id = ids.get(parent);
    if (id === undefined) ids.set(parent, (id = ids.size));
    const key = `${id} ${runSignature(box)}`;
    const run = runs.get(key);
    if (run) run.push(box);
    else runs.set(key, [box]);
  }
  const out: Post[][] = [];
  for (const run of runs.values()) {
    const shaded = new Set(run.map((box) => templateSignature(box))).size > 1;
    const minPosts = shaded ? MIN_SHADED_POSTS : MIN_POSTS;
    if (run.length < minPosts || run[0]!.closest('nav, aside, header, footer')) continue;
    const text = run.reduce((sum, box) => sum + collapsedText(box).length, 0);
    const links = run.reduce((sum, box) => sum + linkTextLength(box), 0);
    if (text < MIN_RUN_TEXT || links > text * MAX_LINK_SHARE) continue;
    // A thread's posts are framed: each box holds a user line, a date, vote or reply links beside its post. Boxes
    // that are only their text (a story's paragraphs in divs of one class, a table's rows) are not posts.
    const owned = run.map((box) => ({ box, block: ownBlock(box, shaded) }));
    const framed = owned.filter(
      ({ box, block }) => block !== box && collapsedText(box).length > collapsedText(block).length,
    );
    if (framed.length < owned.length * MIN_FRAMED_SHARE) continue;
    const posts = owned
      .map(({ box, block }) => ({ text: collapsedText(block), box, block }))
      .filter(({ text }) => text.length > 0)
      .map(({ text, box, block }) => ({
        block: block.cloneNode(true) as Element,
        opening: text.slice(0, ANCHOR),
        length: text.length,
        boxLength: shaded ? collapsedText(box).length : text.length,
        shaded,
      }));
    if (posts.filter((post) => post.length >= MIN_POST).length >= minPosts) out.push(posts);
  }
  return out;
}

/** The element of `holder` that is the post: the outermost whose text starts with its opening and is about as long. */
function blockOf(blocks: ReadonlyArray<readonly [Element, string]>, post: Post): Element | null {
  const found = blocks.find(([, text]) => text.startsWith(post.opening) && text.length <= post.length * 1.5 + 20);
  return found ? found[0] : null;
}

/**
 * Puts back the posts of a thread Readability kept in part: for the run the article `holder` is made of (but for a
 * few lines), each missing post goes after the post it follows on the page (before the first kept one, for those
 * ahead of it). Returns how many posts were put back.
 */
export function restorePosts(holder: Element, series: readonly Post[][]): number {
  const text = collapsedText(holder);
  for (const posts of series) {
    const held = posts.map((post) => text.includes(post.opening));
    // What Readability kept of a held forum post's box (its card, its title line) is the thread's, not beside it.
    const heldLength = posts.reduce((sum, post, i) => sum + (held[i] ? post.boxLength : 0), 0);
    if (!held.includes(true) || !held.includes(false) || text.length - heldLength > MAX_BESIDE_THREAD) continue;
    const doc = holder.ownerDocument;
    const blocks = Array.from(holder.querySelectorAll('*'), (el) => [el, collapsedText(el)] as const);
    let restored = 0;
    let previous: Element | null = null;
    const pending: Element[] = [];
    posts.forEach((post, i) => {
      if (held[i]) {
        const block = blockOf(blocks, post);
        if (block && !previous && pending.length) block.before(...pending.splice(0));
        previous = block ?? previous;
      } else {
        // In a block of its own: a post's text is often an inline span.
        const copy = doc.createElement('div');
        copy.append(doc.importNode(post.block, true));
        if (previous) {
          previous.after(copy);
          previous = copy;
        } else pending.push(copy);
        restored++;
      }
    });
    return restored - pending.length;
  }
  return 0;
}

/**
 * Whether the article `holder` is a forum topic: it holds posts of a shaded run, two at least. The thread rules
 * (prune/thread-furniture.ts) then know its stamps, cards and signatures for a thread's, however few posts it has.
 */
export function holdsForumTopic(holder: Element, series: readonly Post[][]): boolean {
  const text = collapsedText(holder);
  return series.some(
    (posts) =>
      posts[0]?.shaded === true && posts.filter((post) => text.includes(post.opening)).length >= MIN_SHADED_POSTS,
  );
}
