/**
 * A second look when Readability took too much: a short post on a blog page, where the sidebars, the latest-posts
 * list and the blog's menus hold more text than the post, so Readability scores the whole layout and the reader
 * gets the blog around a three-line post (a link blog's post on phpspot.org; many personal blogs' short notes).
 *
 * Blogging and news systems name the post's body in the markup — `entry-content` (WordPress), `entrybody`
 * (Movable Type), `post-body` (Blogger), `article-body`, `story-body`. When the page has exactly one such block,
 * Readability's pick holds it and more than as much again, and what it holds besides is mostly link text (menus,
 * lists of other posts, badges: chrome, not a standfirst or a second part of the story), the post is the block.
 * A pick that adds prose of its own (an introduction, a story split over sibling blocks, comments) is left alone:
 * the rule only ever narrows to the body the page itself names.
 *
 * The other way round, Readability can pass the short post over: a resource blog's two sentences over a numbered list
 * of links, where its scoring (commas and length, less the share of link text) rates the footer's long disclaimer
 * higher (ahhhhfs). When its pick shares no text with the page's one named body and holds less text than it, the body
 * is the post. A longer pick (the story beside a named blurb) stays.
 */
import { collapsedText, elementsInOrder, linkTextLength } from '../dom.js';

/** Class tokens (or an id) that name a post's body, whole: `entry-content`, `entrybody`, `post_body`, `storytext`. */
const BODY_NAME = /^(?:entry|post|article|story)[-_]?(?:body|content|text)$/i;
/** The block is less than this share of Readability's pick's text. */
const MAX_SHARE = 0.5;
/** Of the pick's text outside the block, at least this share is link text. */
const MIN_REST_LINKS = 0.5;
/** A text of Readability's article this long, found in the named body, shows the article came from the body. */
const MIN_SHARED = 10;

function namesBody(el: Element): boolean {
  const cls = el.getAttribute('class');
  return (!!cls && cls.split(/\s+/).some((token) => BODY_NAME.test(token))) || BODY_NAME.test(el.id);
}

/**
 * The page's one named post body, copied (Readability is about to take the document apart), or null when none or
 * several are named (an index page of posts, each with its body).
 */
export function markedBody(doc: Document): Element | null {
  return namedBody(doc)?.cloneNode(true) as Element | null;
}

/** The page's one named post body itself (not a copy), or null when none or several are named. */
export function namedBody(doc: Document): Element | null {
  // A walk, not attribute selectors: jsdom's engine reads every attribute of every element for each of them (55 ms
  // a Zyte page in the CLI against 2.5 for the walk); browsers are fast either way.
  const named = elementsInOrder(doc).filter(namesBody);
  const outer = named.filter((el) => !named.some((other) => other !== el && other.contains(el)));
  if (outer.length !== 1) return null;
  const body = outer[0]!;
  if (body.closest('nav, aside, header, footer') || !collapsedText(body)) return null;
  return body;
}

/**
 * Whether Readability's article (`picked`) is another block with less text than the named body: it scored a short
 * line of the footer or a sidebar over a short post whose paragraphs are few and mostly links (a resource blog's
 * list of links under two sentences).
 */
export function missedBody(body: Element, picked: Element): boolean {
  const own = collapsedText(body);
  const all = collapsedText(picked);
  if (own.length <= all.length || all.includes(own.slice(0, 40))) return false;
  // Text by text, not the whole: Readability rewrites the blocks it keeps (divs into paragraphs, headers dropped).
  const texts = Array.from(
    picked.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, pre, blockquote'),
    collapsedText,
  );
  return !texts.some((text) => text.length >= MIN_SHARED && own.includes(text));
}

/**
 * Whether Readability's article (`picked`) holds the named body and as much again besides, mostly links: it took the
 * layout around a short post.
 */
export function overshotBody(body: Element, picked: Element): boolean {
  const own = collapsedText(body);
  const all = collapsedText(picked);
  if (own.length >= all.length * MAX_SHARE || !all.includes(own.slice(0, 40))) return false;
  const restLinks = linkTextLength(picked) - linkTextLength(body);
  return restLinks >= (all.length - own.length) * MIN_REST_LINKS;
}
