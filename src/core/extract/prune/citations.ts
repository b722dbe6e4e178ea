/**
 * A list of the article's sources: "Further reading", "Weiterführende Links", "Quellen:" over links to the
 * papers, agencies and books the author read. By its words and its shape it is a box of links after the story,
 * what the related, menu and tail-link rules take; by where its links go it is the author's: a site's own
 * "more from us" points back into the site, and a share or follow bar points at the social networks, while a
 * reading list points at several other sites. Decided from the links' targets, in any language.
 */
import { foreignDomain, pageDomain } from '../../spam/hosts.js';
import { vocabulary } from './split-alternation.js';

/** Sites that a share bar, a "follow us" list or an app badge points at: never a source being cited. */
const SOCIAL = vocabulary(
  /^(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.co|linkedin\.com|lnkd\.in|pinterest\.[a-z.]+|reddit\.com|whatsapp\.com|wa\.me|t\.me|telegram\.(?:me|org)|xing\.com|tumblr\.com|vk\.com|ok\.ru|weibo\.com|weibo\.cn|qq\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|threads\.net|bsky\.app|flipboard\.com|getpocket\.com|line\.me|addtoany\.com|sharethis\.com|google\.com|apple\.com|feedburner\.com|spotify\.com|mastodon\.social)$/,
);

/** Different sites a list must point at to be a reading list (two could be a pair of app-store badges). */
const MIN_SITES = 3;
/** …and the share of its links that leave the page's site for them. */
const MIN_SHARE = 0.6;

/**
 * Whether the links in `blocks` (one list, or the lines of one) cite other sites: at least three of them, and most
 * of the links.
 */
export function citesOtherSites(...blocks: Element[]): boolean {
  const links = blocks.flatMap((b) => (b.matches('a[href]') ? [b] : Array.from(b.querySelectorAll('a[href]'))));
  if (links.length < MIN_SITES || !blocks[0]) return false;
  const page = pageDomain(blocks[0].ownerDocument);
  const sites = new Set<string>();
  let cited = 0;
  for (const a of links) {
    const site = foreignDomain(a, page);
    if (!site || SOCIAL.test(site)) continue;
    sites.add(site);
    cited++;
  }
  return sites.size >= MIN_SITES && cited >= links.length * MIN_SHARE;
}
