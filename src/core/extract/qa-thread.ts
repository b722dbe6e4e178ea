/**
 * A question and its answers: on a Q&A page the reader came for the question and every answer, and Readability
 * keeps one block — the longest answer, or the question alone (a Stack Overflow question with six answers gave its
 * accepted answer only).
 *
 * Q&A sites mark the thread up for search engines with schema.org's microdata: the page is a `QAPage`, its one
 * `Question` and each `Answer` an item, and each post's own words the item's `text` property — without the votes,
 * the author cards, the comments under the posts and the site around them. When the page says so, the article is the
 * posts in page order, a rule between them, whether Readability kept one post or the whole thread with its cards and
 * comments. Decided from the page's own declaration, never from a list of sites: a FAQ inside an article
 * (`FAQPage`, questions with their accepted answers) is the article's own content and is left to Readability. A page
 * that types no QAPage but one question, in no other item, with its answers (MathOverflow as saved) is a thread too.
 * So is a forum thread declared the same way: one `DiscussionForumPosting` and the `Comment` items that answer it.
 */
import { collapsedText, withAttribute } from '../dom.js';

/** A schema.org type named in `itemtype` (http or https, as sites write it). */
const SCHEMA_TYPE = /^https?:\/\/schema\.org\/(\w+)$/i;
const ofType = (el: Element, type: string): boolean =>
  (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .some((token) => SCHEMA_TYPE.exec(token)?.[1]?.toLowerCase() === type.toLowerCase());

const items = (root: Element, type: string): Element[] =>
  withAttribute(root, 'itemtype').filter((el) => el.hasAttribute('itemscope') && ofType(el, type));

/**
 * The item's own text property (`text`, or `articleBody` for a forum's opening post): the first element naming it
 * whose nearest item is this one (not a comment's).
 */
function ownText(item: Element, names: readonly string[] = ['text']): Element | null {
  for (const el of Array.from(item.querySelectorAll('[itemprop]'))) {
    if (
      !el
        .getAttribute('itemprop')!
        .split(/\s+/)
        .some((name) => names.includes(name))
    )
      continue;
    if (el.parentElement?.closest('[itemscope]') === item && !el.hasAttribute('itemscope')) return el;
  }
  return null;
}

/** An item inside an answer (a reply typed as an answer): part of that answer, not a post of its own. */
function inAnswer(el: Element): boolean {
  const outer = el.parentElement?.closest('[itemscope]');
  return !!outer && ofType(outer, 'Answer');
}

/**
 * The page's thread — the question's text, then each answer's, copied (Readability is about to take the document
 * apart) — or null when the page is not one thread: one question and at least one answer with text.
 */
export function qaThread(doc: Document): Element[] | null {
  const root = doc.documentElement;
  const pages = ofType(root, 'QAPage') ? [root] : items(root, 'QAPage');
  if (pages.length > 1) return null;
  // Without a QAPage (Stack Exchange's pages as readers save them type only the question, its answers inside it):
  // the page's one question that is no part of another item, so a FAQ's questions (inside its FAQPage) are not one.
  const questions = pages.length
    ? items(pages[0]!, 'Question')
    : items(root, 'Question').filter((el) => !el.parentElement?.closest('[itemscope]'));
  if (questions.length !== 1) return pages.length ? null : forumThread(root);
  const question = ownText(questions[0]!);
  const answers = items(pages[0] ?? root, 'Answer')
    .filter((el) => !inAnswer(el))
    .map((el) => ownText(el))
    .filter((el): el is Element => !!el && collapsedText(el).length > 0);
  if (!question || !collapsedText(question) || answers.length === 0) return null;
  return [question, ...answers].map((el) => el.cloneNode(true) as Element);
}

/**
 * A forum thread as the page declares it with schema.org's microdata (the markup search engines ask forums for): one
 * `DiscussionForumPosting`, the opening post, with its `text` (or `articleBody`), and the `Comment` items under it,
 * replies to replies included, each with its `text` — in page order, without the author cards, signatures and
 * counters around them. A page listing several postings (a forum's index) is no one thread.
 */
function forumThread(root: Element): Element[] | null {
  const all = items(root, 'DiscussionForumPosting');
  const postings = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  if (postings.length !== 1) return null;
  const opening = ownText(postings[0]!, ['text', 'articleBody']);
  const replies = items(postings[0]!, 'Comment')
    .map((comment) => ownText(comment))
    .filter((el): el is Element => !!el && collapsedText(el).length > 0);
  if (!opening || !collapsedText(opening) || replies.length === 0) return null;
  return [opening, ...replies].map((el) => el.cloneNode(true) as Element);
}

/**
 * The posts as one block of the page's document: their contents in page order, a rule between posts, in one
 * container (Readability, run on it, keeps a single block whole where it would pick among sibling posts).
 */
export function threadBlock(posts: readonly Element[], doc: Document): Element {
  const block = doc.createElement('div');
  posts.forEach((post, i) => {
    if (i > 0) block.append(doc.createElement('hr'));
    block.append(...Array.from(post.childNodes));
  });
  return block;
}
