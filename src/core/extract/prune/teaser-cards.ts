/**
 * Teaser cards inside the article container: Reuters' "Next In Business News", the "Mehr zum Thema" and
 * "À lire aussi" boxes of European news sites, magazines' "More stories" grids — each card a linked headline
 * with a line of summary or a picture, the same markup printed card after card. The heading over them is in
 * every language, or missing, so the cards are known by their shape, not their words:
 *  - three or more adjacent siblings with the same tag and class: one template printed them;
 *  - each short, opening on a link to another page of the site — a headline of a few words (after at most a
 *    kicker or a date), or the card's picture — with unlinked words (the summary) or a picture beside it (an
 *    aggregator's cards, linking to other sites, in their whole shape: picture, linked heading and summary; a
 *    gallery's pictures link to their own files and are never cards) — a bare link is a menu or
 *    a related list, left to menus.ts and related.ts; a list item also needs a picture or a heading, since a
 *    list of linked titles each with a line of description is as often the article's own;
 *  - together a small share of the article: a listicle whose items are linked headlines with a description is
 *    the article, and holds most of its text. Footnotes link within the page (`#fn1`) and are never cards.
 */
import { alive, remove, sameTemplateRuns, textOf, wordCount, type PruneContext } from './util.js';

const MIN_CARDS = 3;
/** A headline and a sentence or two of summary. */
const MAX_CARD_WORDS = 80;
const MIN_HEADLINE_WORDS = 3;
/** A kicker ("TRUMP IMPACT"), a section or a date may stand above the headline. */
const MAX_KICKER_WORDS = 6;
/** Fewer unlinked words than this, and no picture: a bare link, not a card. */
const MIN_SUMMARY_WORDS = 5;
/** The cards together never take more than this share of the article. */
const MAX_RUN_SHARE = 0.3;

const hostOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

/** A picture's own file: what a gallery's thumbnails link to, never another article. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * Where the link goes, if to another page: null for in-page anchors, scripts and pictures' files. `sameSite`
 * says whether that page is on this site: a relative address, or an absolute one on the page's host or a host
 * beside it (`www.` and `m.` of one site, `news.site` and `site`).
 */
function linkTarget(a: Element, pageHost: string | null): { href: string; sameSite: boolean } | null {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(href) || IMAGE_FILE.test(href))
    return null;
  if (!/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href)) return { href, sameSite: true };
  const host = hostOf(href.startsWith('//') ? `https:${href}` : href);
  if (!host) return null;
  const sameSite =
    pageHost !== null && (host === pageHost || host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`));
  return { href, sameSite };
}

const PICTURE = 'img, picture';
const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * The card's headline link's address, or null when `el` is not shaped as a teaser card: a short block led by a
 * link to another page — a headline of a few words (after at most a kicker or a date), or the card's picture —
 * with a summary or a picture beside it.
 */
function cardTarget(el: Element, pageHost: string | null): string | null {
  const text = textOf(el);
  const words = wordCount(text);
  if (words === 0 || words > MAX_CARD_WORDS) return null;
  let linkedWords = 0;
  let target: { href: string; sameSite: boolean } | null = null;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const linked = textOf(a);
    linkedWords += wordCount(linked);
    if (target) continue;
    if (wordCount(linked) >= MIN_HEADLINE_WORDS) {
      const at = text.indexOf(linked);
      if (at < 0 || wordCount(text.slice(0, at)) > MAX_KICKER_WORDS) continue;
    } else if (linked !== '' || !a.querySelector(PICTURE)) continue;
    target = linkTarget(a, pageHost);
  }
  if (!target) return null;
  const pictured = el.querySelector(PICTURE) !== null;
  const heading = el.querySelector(HEADING);
  const headed = heading !== null;
  // Another site's page is a card only in the card's whole shape (an aggregator's picture, linked headline and
  // summary): a product card's name over its picture, linked to the shop, is the deals post's own.
  if (!target.sameSite && !(pictured && heading?.querySelector('a[href]'))) return null;
  if (pictured) return target.href;
  // A list item with a linked title and a line after it is as often the article's own list (a government page's
  // services, a reading list): as a card it needs a picture or a heading for its headline.
  if (el.tagName === 'LI' && !headed) return null;
  return words - linkedWords >= MIN_SUMMARY_WORDS ? target.href : null;
}

export function pruneTeaserCards(ctx: PruneContext): void {
  const pageHost = hostOf(ctx.root.ownerDocument.URL);
  for (const parent of [ctx.root, ...Array.from(ctx.root.querySelectorAll('*'))]) {
    if (!alive(ctx, parent) && parent !== ctx.root) continue;
    for (const run of sameTemplateRuns(parent, MIN_CARDS)) {
      // Every item must be a card: the first that is not ends the question (a long article's paragraphs).
      const targets = new Set<string>();
      for (const card of run) {
        const target = cardTarget(card, pageHost);
        if (target === null) break;
        targets.add(target);
      }
      if (targets.size < run.length) continue; // not all cards, or two cards leading to one page
      const words = run.reduce((n, card) => n + wordCount(textOf(card)), 0);
      if (ctx.totalWords > 0 && words > ctx.totalWords * MAX_RUN_SHARE) continue;
      for (const card of run) remove(ctx, card, 'teaser-cards');
    }
  }
}
