/**
 * A forum thread as forum software prints it, with no schema.org declaration (qa-thread.ts reads those): Discuz! (most
 * Chinese forums), vBulletin and their kin number every post and the parts of it with the post's id — the post's box
 * `div#post_608948`, its message `td#postmessage_608948`, its date `em#authorposton608948`, its floor number
 * `a#postnum608948` — and set the boxes one after another. Readability takes the whole list, and the reader got each
 * post's author card ("12 主题 345 帖子 1024 积分 中级会员"), floor name ("沙发"), stamp, signature and controls ("回复
 * 引用 使用道具 举报") between the messages; or it took the opening post alone.
 *
 * Known by that numbering, not by a site's names: sibling boxes whose ids are one prefix and a number, at least two,
 * each holding elements whose ids carry the same number. Of those numbered parts that hold no other, the kind (the
 * id's prefix) with the most text over the run is the message, if it holds the posts' own text (no longer line beside
 * it in the box: phpBB numbers the card and the signature, not the message, and those are no posts). The thread is
 * the messages in page order, a rule between them, as a declared thread is. Taken only where Readability's pick is
 * the thread: it holds a message (it read the thread, its opening post, or one reply) and little besides the boxes (a
 * title line, counters); or where Readability found no article at all. Comments numbered under a story are no
 * thread: Readability picks the story, or the story with the comments, far more than a line. Nor are a data table's
 * numbered rows or a live blog's titled entries.
 */
import { collapsedText, elementsInOrder } from '../dom.js';

/** An id that numbers a record: a prefix and the record's number ("post_608948", "pid608948", "post-12"). */
const NUMBERED_ID = /^([A-Za-z][\w-]*?)[-_]?(\d+)$/;
const MIN_POSTS = 2;
/** Table rows and cells: records and columns of a table, never a thread's boxes. */
const ROWS = new Set(['tr', 'td', 'th']);
/** Parts of a post numbered with its number: its message and at least one more. */
const MIN_PARTS = 2;
/** A message this long says more than a word or two ("顶", "+1", "Thanks!"). */
const MIN_SAID = 20;
/** Of such messages, at least this share hold their box's longest line. */
const MIN_OWN_SHARE = 0.8;
/** What Readability's pick may hold besides the thread's boxes (characters, or this share of the pick). */
const MAX_BESIDE = 600;
const MAX_BESIDE_SHARE = 0.3;

export interface NumberedThread {
  /** Each post's message, copied, in page order. */
  posts: Element[];
  /** The length of each post's box's text, collapsed: what the pick holds besides the thread is measured with it. */
  boxLengths: number[];
}

interface Box {
  el: Element;
  number: string;
}

interface Numbered {
  /** Runs of sibling boxes numbered under one prefix, in page order, at least MIN_POSTS long. */
  runs: Box[][];
  /** Every numbered element, by its number. */
  byNumber: Map<string, Element[]>;
}

/** One walk over the page: its numbered elements, as runs of sibling boxes and by number. */
function numbered(doc: Document): Numbered {
  const runs = new Map<Element, Map<string, Box[]>>();
  const byNumber = new Map<string, Element[]>();
  for (const el of elementsInOrder(doc)) {
    if (!el.id) continue;
    const match = NUMBERED_ID.exec(el.id);
    const parent = el.parentElement;
    if (!match || !parent) continue;
    const number = match[2]!;
    let same = byNumber.get(number);
    if (!same) byNumber.set(number, (same = []));
    same.push(el);
    // A table's rows are records of a table, whose numbered cells are its columns: never posts (a cell may be a
    // post's part, Discuz!'s message is one).
    if (ROWS.has(el.localName)) continue;
    let byPrefix = runs.get(parent);
    if (!byPrefix) runs.set(parent, (byPrefix = new Map<string, Box[]>()));
    const key = `${el.localName}#${match[1]!.toLowerCase()}`;
    let run = byPrefix.get(key);
    if (!run) byPrefix.set(key, (run = []));
    run.push({ el, number });
  }
  const long = [...runs.values()]
    .flatMap((byPrefix) => [...byPrefix.values()])
    .filter((run) => run.length >= MIN_POSTS);
  return { runs: long, byNumber };
}

/**
 * A box's numbered parts that hold no other, by their id's prefix ("postmessage", "authorposton"). A post numbers its
 * message and more (its date, its floor, its author's card, its menu): a box with one numbered part is some other
 * record (a plugin's popup and its content), and gets none.
 */
function partsOf(box: Box, byNumber: Map<string, Element[]>): Map<string, Element> {
  const parts = (byNumber.get(box.number) ?? []).filter((el) => el !== box.el && box.el.contains(el));
  const byPrefix = new Map<string, Element>();
  if (parts.length < MIN_PARTS) return byPrefix;
  for (const el of parts) {
    if (parts.some((other) => other !== el && el.contains(other))) continue;
    const prefix = NUMBERED_ID.exec(el.id)![1]!.toLowerCase();
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, el);
  }
  return byPrefix;
}

/**
 * Letters: a date's digits and marks say nothing ("发表于 2012-3-4 12:10:05" is three letters, a line of a post's
 * message of twenty characters says more).
 */
const letters = (text: string): number => text.replace(/[\s\p{N}\p{P}\p{S}]+/gu, '').length;

/**
 * Each box's message: the part whose prefix holds the most letters over the whole run (a one-word reply is shorter
 * than its own date line, but the run's messages together are not; in a thread of two short posts, the date lines'
 * digits would outweigh them), or null when a box lacks it.
 */
function messagesOf(run: readonly Box[], byNumber: Map<string, Element[]>): Array<Element | null> {
  const parts: Array<Map<string, Element>> = [];
  for (const box of run) {
    const found = partsOf(box, byNumber);
    if (found.size === 0) return []; // not a post: the run is no thread
    parts.push(found);
  }
  const totals = new Map<string, number>();
  for (const byPrefix of parts)
    for (const [prefix, el] of byPrefix) totals.set(prefix, (totals.get(prefix) ?? 0) + letters(el.textContent ?? ''));
  let best = '';
  for (const [prefix, total] of totals) if (total > (totals.get(best) ?? 0)) best = prefix;
  return parts.map((byPrefix) => byPrefix.get(best) ?? null);
}

/** The longest run of text (a text node, in letters) under `root` and not under `skip`. */
function longestText(root: Element, skip: Element | null = null): number {
  let longest = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skip?.contains(node)) continue;
    const length = letters(node.nodeValue ?? '');
    if (length > longest) longest = length;
  }
  return longest;
}

/**
 * Whether the messages are the posts' own text: no box has a heading beside its message, and in most boxes whose
 * message says more than a word or two, no text outside it is longer than its own longest line (in letters: the stamp
 * beside a one-line reply, "发表于 2023-5-14 11:21:01", is longer in characters). A forum that numbers
 * the author's card and the signature but not the message (phpBB's `dl#profile123`, `div#sig123`, the message an
 * unnumbered `div.content`) would otherwise give the cards and lose every post.
 */
function holdsOwnText(run: readonly Box[], posts: readonly Element[]): boolean {
  let said = 0;
  let own = 0;
  // A box with a heading beside its message is an entry (a live blog's, a news list's), whose title is its own text.
  const titled = run.some((box, i) =>
    Array.from(box.el.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((h) => !posts[i]!.contains(h)),
  );
  if (titled) return false;
  run.forEach((box, i) => {
    const message = posts[i]!;
    if (collapsedText(message).length < MIN_SAID) return;
    said++;
    if (longestText(box.el, message) <= longestText(message)) own++;
  });
  return said > 0 && own >= said * MIN_OWN_SHARE;
}

/** The thread's messages and boxes, or null when the page numbers no run of posts with messages. */
export function numberedThread(doc: Document): NumberedThread | null {
  const { runs, byNumber } = numbered(doc);
  let best: { run: Box[]; posts: Element[] } | null = null;
  let bestText = 0;
  for (const run of runs) {
    const posts = messagesOf(run, byNumber);
    if (posts.length === 0 || posts.some((m) => !m) || !holdsOwnText(run, posts as Element[])) continue;
    // The run with most text: a page may number other lists (its menu's items) too.
    const text = posts.reduce((sum, m) => sum + collapsedText(m).length, 0);
    if (best && text <= bestText) continue;
    best = { run, posts: posts as Element[] };
    bestText = text;
  }
  if (!best) return null;
  return {
    posts: best.posts.map((m) => m.cloneNode(true) as Element),
    boxLengths: best.run.map((box) => collapsedText(box.el).length),
  };
}

/**
 * Whether Readability's pick is the thread: a message of it in the pick (it read the thread, its opening post, or one
 * reply it scored above the rest) and little besides the boxes it holds. Or Readability found no article — its pick,
 * the longest of its tries, is under its own threshold (a forum's footer: each post in a table of its own scores
 * apart) — and the thread says more.
 */
export function pickedThread(thread: NumberedThread, picked: Element, charThreshold: number): boolean {
  const all = collapsedText(picked);
  const messages = thread.posts.map((post) => collapsedText(post));
  const held = messages.map((message) => message.length > 0 && all.includes(message.slice(0, 40)));
  if (!held.includes(true)) {
    const said = messages.reduce((sum, message) => sum + message.length, 0);
    return all.length < charThreshold && said > all.length;
  }
  // A box is in the pick when its message is: Readability rewrites the furniture around it (cells into paragraphs).
  const inPick = thread.boxLengths.reduce((sum, length, i) => (held[i] ? sum + length : sum), 0);
  const beside = all.length - inPick;
  return beside <= Math.max(MAX_BESIDE, all.length * MAX_BESIDE_SHARE);
}
