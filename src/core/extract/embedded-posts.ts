/**
 * Posts a story quotes from a social network, kept as quotations. An article about what people said often shows
 * their posts: the network's embed code is a `<blockquote>` with the post's text and a dated link to it, and
 * newsletter platforms draw the post themselves as a card whose every line sits inside a link to it (Substack's
 * `div.tweet`: author, text, date, counts). Readability weighs the box around either by its links — a post with a
 * hashtag, a mention and a picture link is mostly link text, a card is all link — and removes it, so the reader lost
 * the quotations the story rests on (the development corpus' Substack posts, half the embedded posts of its news
 * pages; Readability alone the same).
 *
 * What makes a box an embedded post is what it links to: a post's own address on a network (a status on X or
 * Twitter, a Bluesky, Threads, Mastodon, Instagram, TikTok, Facebook or LinkedIn post). A `<blockquote>` holding such
 * a link is the embed code; any other box is a card when most of its text is inside links to one post and those
 * links hold blocks (an inline link to a post in a sentence is a citation, not a card). Before Readability runs, a
 * card is written again as a `<blockquote>` of its lines — the post's link taken off the text, the counts of likes
 * and reposts and the avatar left out, the opening short line (the author's name) linking to the post, as the embed
 * code links its attribution —
 * and either kind is lifted out of the wrapper boxes that hold nothing else, so Readability meets a quotation, not
 * a box of links. A link card inside the post (a preview of a page it shares) is left out with the card's links.
 */
import { collapsedText, elementsByTag } from '../dom.js';

/**
 * A post's own address on a network: what an embed of that post links to. One anchored pattern, not one per network:
 * every link of the page is asked, and a 20,000-link page took 10–20 ms through eight.
 */
const POST_URL = new RegExp(
  String.raw`^https?:\/\/(?:` +
    [
      String.raw`(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d+`,
      String.raw`bsky\.app\/profile\/[^/\s]+\/post\/\w+`,
      String.raw`(?:www\.)?threads\.(?:net|com)\/@[\w.]+\/post\/[\w-]+`,
      String.raw`(?:www\.)?instagram\.com\/(?:[\w.]+\/)?(?:p|reel|tv)\/[\w-]+`,
      String.raw`(?:www\.)?tiktok\.com\/@[\w.]+\/video\/\d+`,
      String.raw`(?:www\.|m\.)?facebook\.com\/[^/\s]+\/(?:posts|videos)\/[\w.-]+`,
      String.raw`(?:www\.)?linkedin\.com\/(?:posts\/[\w%-]+|feed\/update\/urn:li:\w+:\d+)`,
      // Mastodon and the fediverse: any server, a user's handle, a numeric post id.
      String.raw`[^/\s]+\/@\w+(?:@[\w.-]+)?\/\d{6,}`,
    ].join('|') +
    ')',
  'i',
);

/**
 * The class an embedded post's quotation carries through Readability, for the prune rules that read the article
 * against the page's own account of it (a CMS's `articleBody` never holds the posts it embeds). Like every class,
 * it is gone once pruning is done.
 */
export const EMBEDDED_POST = 'winnow-embedded-post';

/** The post an address is, case and query aside; null when it is not a post. */
export function postAddress(href: string | null): string | null {
  const match = href ? POST_URL.exec(href.trim()) : null;
  return match ? match[0].toLowerCase() : null;
}

/** At least this share of a card's text is inside links to its post. */
const MIN_POST_LINK_SHARE = 0.5;
/** A post is short: a box with more text than this is a thread or a page, not one embed. */
const MAX_POST_TEXT = 3000;
/** An author's line is short: a name and a handle. */
const MAX_AUTHOR_LINE = 80;

const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'iframe', 'form', 'input']);
/** A line that is only counts: "52 Retweets", "356 Likes", "5,629Retweets 54,369Likes", "1.2K replies". */
const COUNTS_LINE = /^(?:[\d.,]+\s*[KkMm]?\s*\p{L}+\s*)+$/u;
const AVATAR = /avatar|profile[-_ ]?(?:image|photo|pic)/i;

const holdsBlock = (el: Element): boolean =>
  elementsByTag(el, '*').some((d) => BLOCKS.has(d.localName) || d.localName === 'img');

function isAvatar(img: Element): boolean {
  return [img.getAttribute('alt'), img.getAttribute('class'), img.getAttribute('src')].some(
    (v) => v !== null && AVATAR.test(v),
  );
}

/** The card's lines, in order: runs of inline content between blocks, and pictures on lines of their own. */
function linesOf(card: Element, post: string): Node[][] {
  const lines: Node[][] = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.some((n) => collapsedText(n) !== '')) lines.push(run);
    run = [];
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        run.push(child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const name = el.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'img') {
        if (!isAvatar(el)) {
          flush();
          lines.push([el]);
        }
        continue;
      }
      if (name === 'a' && postAddress(el.getAttribute('href')) === post) {
        walk(el);
        continue;
      }
      // A link card inside the post (a preview of a page it shares): left out with its links.
      if (name === 'a' && holdsBlock(el)) continue;
      if (BLOCKS.has(name) || holdsBlock(el)) {
        flush();
        walk(el);
        flush();
        continue;
      }
      run.push(el);
    }
  };
  walk(card);
  flush();
  return lines.filter((line) => {
    if (line.some((n) => n.nodeType === 1 && (n as Element).localName === 'img')) return true;
    const text = line.map(collapsedText).join(' ').trim();
    // Counts, and a line that is only a link elsewhere (the host's "Report" link beside the post).
    return (
      !COUNTS_LINE.test(text) &&
      !line.every((n) => (n.nodeType === 1 ? (n as Element).localName === 'a' : collapsedText(n) === ''))
    );
  });
}

/** The card written again as a quotation of its lines, the opening short line linking to the post. */
function quotation(doc: Document, card: Element, post: string, href: string): Element {
  const quote = doc.createElement('blockquote');
  quote.setAttribute('class', EMBEDDED_POST);
  quote.setAttribute('cite', href);
  const lines = linesOf(card, post);
  lines.forEach((line, i) => {
    const p = doc.createElement('p');
    p.append(...line);
    const author = i === 0 && lines.length > 1;
    if (author && !p.querySelector('a, img') && collapsedText(p).length <= MAX_AUTHOR_LINE) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.append(...Array.from(p.childNodes));
      p.append(a);
    }
    quote.append(p);
  });
  // The card's own names go: Readability reads `tweet-author-name` as the page's byline, `tweet-header` as a masthead.
  for (const el of Array.from(quote.querySelectorAll('[class], [id]'))) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
  return quote;
}

function commonAncestor(nodes: readonly Element[]): Element {
  let box = nodes[0]!;
  while (!nodes.every((n) => box.contains(n)) && box.parentElement) box = box.parentElement;
  return box;
}

/** Whether `wrapper` holds nothing a reader sees but `inner`. */
function holdsOnly(wrapper: Element, inner: Element): boolean {
  return (
    collapsedText(wrapper) === collapsedText(inner) &&
    wrapper.querySelectorAll('img, video').length === inner.querySelectorAll('img, video').length
  );
}

/** The embed lifted out of the boxes around it that hold nothing else (wrappers Readability weighs by links). */
function lift(embed: Element): void {
  let outer: Element = embed;
  for (let up = embed.parentElement; up && up.localName !== 'body'; up = up.parentElement) {
    if ((up.localName !== 'div' && up.localName !== 'figure') || !holdsOnly(up, embed)) break;
    outer = up;
  }
  if (outer !== embed) outer.replaceWith(embed);
}

/** The card round a group of links to one post, or null when they are not a card. */
function cardOf(links: readonly Element[], body: Element): Element | null {
  if (!links.some(holdsBlock)) return null;
  let card = commonAncestor(links);
  while (card.parentElement && card.parentElement !== body && holdsOnly(card.parentElement, card))
    card = card.parentElement;
  if (card === body || card.localName === 'body') return null;
  // A link card inside the post (a preview of a page it shares) is not the post's text, nor a reason to doubt it.
  const previews = elementsByTag(card, 'a').filter(
    (a) => postAddress(a.getAttribute('href')) === null && holdsBlock(a),
  );
  const text = collapsedText(card).length - previews.reduce((sum, a) => sum + collapsedText(a).length, 0);
  if (text <= 0 || text > MAX_POST_TEXT) return null;
  const inLinks = links.reduce((sum, a) => sum + collapsedText(a).length, 0);
  return inLinks >= text * MIN_POST_LINK_SHARE ? card : null;
}

/** Embedded posts of `doc` as quotations Readability keeps (see above). Returns how many there were. */
export function normaliseEmbeddedPosts(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const groups = new Map<string, Element[]>();
  for (const a of elementsByTag(body, 'a')) {
    const post = postAddress(a.getAttribute('href'));
    if (!post) continue;
    const group = groups.get(post);
    if (group) group.push(a);
    else groups.set(post, [a]);
  }
  let count = 0;
  for (const [post, links] of groups) {
    if (!links[0]!.isConnected) continue;
    const quote = links[0]!.closest('blockquote');
    if (quote && collapsedText(quote).length <= MAX_POST_TEXT) {
      quote.classList.add(EMBEDDED_POST);
      lift(quote);
      count++;
      continue;
    }
    const card = cardOf(links, body);
    // A card holding another post's links is a thread or a feed, not one post.
    if (
      !card ||
      elementsByTag(card, 'a').some((a) => {
        const other = postAddress(a.getAttribute('href'));
        return other !== null && other !== post;
      })
    )
      continue;
    const embed = quotation(doc, card, post, links[0]!.getAttribute('href')!.trim());
    card.replaceWith(embed);
    lift(embed);
    count++;
  }
  return count;
}
