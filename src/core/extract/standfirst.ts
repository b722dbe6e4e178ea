/**
 * The standfirst Readability leaves out: news sites set the story's summary sentence under the headline, inside
 * the article's header ("For the first time since 2014, Germany won their opening game at the World Cup", Deutsche
 * Welle's `p.teaser-text`; Le Monde's and 20 Minutes' `chapo` / `hat`; German sites' `article-lead`, `intro`). Readability
 * drops the header with the headline, and the reader loses the first thing the page says about the story.
 *
 * Taken back only when it is plainly that sentence: a paragraph (or a heading named as the subtitle) after the page's
 * headline, in the block that heads the story (a `<header>`, or a box named as one) and not in its picture's box,
 * prose not links, a sentence or a few long, with no date or author line in it — then put at the top of the article
 * if the article does not say it already.
 */
import {
  collapsedText,
  collapseSpace,
  elementsByTag,
  hasToken,
  linkTextLength,
  withAttribute,
  walkerPast,
} from '../dom.js';
import { hasHan, isProse } from './segments.js';
import { classAndId, wordsOfNames } from './prune/util.js';

/** A paragraph long enough to be a sentence of summary, short enough not to be the story. */
const MIN_CHARS = 40;
const MAX_CHARS = 600;
/** Han text says as much in fewer characters. */
const MIN_HAN_CHARS = 15;
/** How far above the headline the story's header may sit (Radio-Canada's `<header>` is four boxes up). */
const HEADER_LEVELS = 4;
const HEADER_BOX = /(?:^|[\s_-])(?:header|head|heading)(?:$|[\s_-])|(?:header|head)$/i;
/** Inside the standfirst, labels that are not its sentence: 20 Minutes' "FOOTBALL" section label. */
const LABEL = /(?:^|[\s_-])(?:label|kicker|category|rubric|section|tag)(?:$|[\s_-])|(?:label|kicker)$/i;
/** The names pages give the standfirst's own box. */
const STANDFIRST_NAME =
  /(?:^|[\s_-])(?:standfirst|dek|strapline|subheadline|sub-headline|subheader|sub-header|article-summary|teaser-text|chapo|abstract)(?:$|[\s_-])/i;
/**
 * Names as often given to the story's lead picture as to its lead paragraph (Super Express's `p.lead` beside its
 * `#lead_object` gallery): a box so named is the standfirst only without a picture in it.
 */
const LEAD_NAME = /(?:^|[\s_-])(?:lead|lede|intro)(?:$|[\s_-])/i;
const PICTURE = 'img, picture, figure, video, iframe';
/** The names templates give the summary line under the headline when they set it as a heading. */
const SUBTITLE =
  /(?:^|[\s_-])(?:subtitle|sub-title|subheadline|subhead|dek|deck|standfirst|strapline|summary|teaser|excerpt|description|lede|lead|intro)(?:$|[\s_-])/i;
/** Paragraphs under a headline that are not a summary: bylines, dates, credits, reading times, share bars. */
const NOT_SUMMARY = /(?:^|[\s_-])(?:author|byline|by|date|time|meta|credit|caption|share|social|kicker|label|reading)/i;

/** Inside the header, the box of the picture under the headline: its caption is no summary. */
const PICTURE_BOX = /(?:^|[\s_-])(?:caption|credit|figure|image|photo|media)/i;

/** Named as something else than a summary (a byline, a date line), or inside the picture's box. */
function notSummary(line: Element, header: Element): boolean {
  if (NOT_SUMMARY.test(classAndId(line))) return true;
  for (let el = line.parentElement; el && el !== header; el = el.parentElement)
    if (el.localName === 'figure' || PICTURE_BOX.test(classAndId(el))) return true;
  return false;
}

/** Whether `el` is a picture's caption: inside a `<figure>` or a box named for the picture, a few levels up. */
function inPictureBox(el: Element): boolean {
  let box: Element | null = el.parentElement;
  for (let level = 0; box && level < HEADER_LEVELS; level++, box = box.parentElement)
    if (box.localName === 'figure' || PICTURE_BOX.test(classAndId(box))) return true;
  return false;
}

/** Compared as a reader reads them: case, width and white space aside. */
const plainText = (text: string) => collapseSpace(text).normalize('NFKC').toLowerCase();
const plain = (node: Node) => plainText(collapsedText(node));

/** The story's header: the `<header>`, or a box named as one, within a few levels above the headline. */
function headerOf(h1: Element): Element | null {
  let el: Element | null = h1.parentElement;
  for (let level = 0; el && level < HEADER_LEVELS; level++, el = el.parentElement) {
    if (el.localName === 'body') return null;
    if (el.localName === 'header' || HEADER_BOX.test(classAndId(el))) return el;
  }
  return null;
}

/**
 * The story's headline: the page's one `<h1>`, or, where the logo and the section names are `<h1>`s too (heise
 * online's five), the one element the page marks as the headline (schema.org's `itemprop="headline"`).
 */
function headline(doc: Document): Element | null {
  const h1s = elementsByTag(doc, 'h1');
  if (h1s.length === 1) return h1s[0]!;
  const marked = withAttribute(doc, 'itemprop', (value) => hasToken(value, 'headline')).filter((el) =>
    /^h[1-6]$/.test(el.localName),
  );
  if (marked.length === 1) return marked[0]!;
  // …or the one <h1> that says what the page's title says (Substack's post title beside its dialogs' <h1>s).
  const title = plainText(doc.title);
  const titled = title ? h1s.filter((h1) => plain(h1).length >= 10 && title.includes(plain(h1))) : [];
  return titled.length === 1 ? titled[0]! : null;
}

/**
 * The page's standfirst, copied as a paragraph of its own (inline markup kept, labels dropped), or null. Read before
 * Readability takes the document apart.
 */
export function standfirst(doc: Document): Element | null {
  const h1 = headline(doc);
  if (!h1) return null;
  const header = headerOf(h1);
  if (header?.closest('nav, aside, footer')) return null;
  if (header) {
    // A paragraph, or a heading named as the subtitle (Substack's `h3.subtitle`, the `h2.dek` of many templates): a
    // heading not so named under the headline is as often the site's tagline or a section title.
    for (const line of Array.from(header.querySelectorAll('p, h2, h3, h4'))) {
      if (line.localName !== 'p' && !SUBTITLE.test(classAndId(line))) continue;
      // After the headline only: a kicker or a breadcrumb sits above it.
      if (!(h1.compareDocumentPosition(line) & 4 /* FOLLOWING */)) continue;
      if (line.querySelector('time, address') || notSummary(line, header)) continue;
      const summary = summaryOf(line, doc);
      if (summary) return summary;
    }
  }
  // Outside the header (Euronews sets its `h2.c-article-summary` under the byline and the share bar), or where no
  // header box holds the headline: the box so named between the headline and the story.
  const box = (header ? null : headlinePartner(h1)) ?? namedStandfirst(h1);
  return box ? summaryOf(box, doc) : null;
}

/** Elements read after the headline for its standfirst: past the byline, the date and the share bar. */
const MAX_AFTER_HEADLINE = 300;

/**
 * The box after the headline that the page names as the standfirst — by class, id or a data attribute (the
 * Guardian's `data-gu-name="standfirst"`, `data-testid="standfirst"`) — before the story's first paragraph of prose:
 * a teaser card's "dek" further down the page is not the story's.
 */
function namedStandfirst(h1: Element): Element | null {
  const walker = walkerPast(h1);
  for (let n = 0, el = walker.nextNode() as Element | null; el && n < MAX_AFTER_HEADLINE; n++) {
    if (el.closest('nav, aside, footer')) return null;
    const names = namesOf(el);
    // (The Verge's byline is `#follow-author-author_byline_lead-…`.)
    const named = STANDFIRST_NAME.test(names) || (LEAD_NAME.test(names) && !el.querySelector(PICTURE));
    if (named && !NOT_SUMMARY.test(names) && !inPictureBox(el)) return el;
    if (el.localName === 'p' && isProse(collapsedText(el))) return null;
    el = walker.nextNode() as Element | null;
  }
  return null;
}

/**
 * The one box beside the headline in a box of their own, where the page names neither (The Verge's and Android
 * Authority's hashed class names): a headline's box holds the headline, a label or two above it, and its summary.
 * Only a box of words (a paragraph, or a box of inline text): a box of blocks there is the story itself.
 */
function headlinePartner(h1: Element): Element | null {
  const siblings = Array.from(h1.parentElement?.children ?? []);
  const after = siblings.slice(siblings.indexOf(h1) + 1);
  if (after.length !== 1) return null;
  const partner = after[0]!;
  if (partner.localName !== 'p' && (partner.localName !== 'div' || partner.querySelector(BLOCKS))) return null;
  // Not the byline and date line under the headline ("By Daniel Bader Friday, Jan 13, 2017").
  if (NOT_SUMMARY.test(classAndId(partner)) || partner.querySelector('time, address')) return null;
  if (BYLINE_START.test(collapsedText(partner))) return null;
  const before = siblings.slice(0, siblings.indexOf(h1));
  return before.every((el) => collapsedText(el).split(' ').length <= LABEL_WORDS) ? partner : null;
}
const BLOCKS = 'p, div, ul, ol, table, figure, h2, h3, h4, h5, h6, blockquote, section';
/** A byline's opening word, in the languages of the corpus. */
const BYLINE_START = /^(?:by|von|par|por|di|da|door|av|af|przez|autor(?:a|in)?:?)\s/i;
/** A label over the headline: a section name, a kicker, a date. */
const LABEL_WORDS = 6;

/** Class, id and the short values of data attributes: the names a page gives a box. */
const namesOf = (el: Element): string =>
  [
    wordsOfNames(classAndId(el)),
    ...Array.from(el.attributes)
      .filter((a) => a.name.startsWith('data-') && a.value.length <= 40)
      .map((a) => a.value),
  ].join(' ');

/** The summary `line` says, copied as a paragraph of its own (labels dropped), or null if it is no such sentence. */
function summaryOf(line: Element, doc: Document): Element | null {
  const copy = line.cloneNode(true) as Element;
  for (const label of Array.from(copy.querySelectorAll('[class]')))
    if (LABEL.test(label.getAttribute('class') ?? '')) label.remove();
  const text = collapsedText(copy);
  const min = hasHan(text) ? MIN_HAN_CHARS : MIN_CHARS;
  if (text.length < min || text.length > MAX_CHARS || linkTextLength(copy) > text.length * 0.3) return null;
  // A sentence, not a label or a list of names: words, and not ending in a colon that introduces something else.
  if (!hasHan(text) && text.split(' ').length < 6) return null;
  // A box holding the sentence in one paragraph, or one heading (ITmedia's `#cmsAbstract` > `h2`), gives its words.
  const paragraphs = copy.querySelectorAll('p');
  const lines = paragraphs.length ? paragraphs : copy.querySelectorAll('h2, h3, h4, h5, h6');
  const out = doc.createElement('p');
  out.append(...Array.from(lines.length === 1 ? lines[0]!.childNodes : copy.childNodes));
  return out;
}

/**
 * Puts `lead` at the top of the article `holder` unless the article already says it: its opening and its end (a
 * cut-off standfirst's "…" aside). The opening alone is not enough: a body's paragraph may restate the standfirst's
 * first words and go on to say more ("Mario Wonder: Switch 2 Edition is out next Spring" over "Mario Wonder: Switch 2
 * Edition will be released on Switch 2 next Spring, Nintendo announced…").
 */
export function restoreStandfirst(holder: Element, lead: Element): boolean {
  const said = plain(lead);
  if (!said) return false;
  const text = plain(holder);
  if (text.includes(said.slice(0, 60)) && text.includes(said.replace(/[\s.…]+$/u, '').slice(-30))) return false;
  holder.prepend(holder.ownerDocument.importNode(lead, true));
  return true;
}
