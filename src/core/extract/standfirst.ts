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
import { collapsedText, collapseSpace, elementsByTag, hasToken, linkTextLength, withAttribute } from '../dom.js';
import { hasHan } from './segments.js';
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
/** How many boxes after the headline's cell may hold the standfirst (a kicker or an ad slot between). */
const NEXT_SIBLINGS = 3;
/** The names pages give the standfirst's own box. */
const STANDFIRST_NAME =
  /(?:^|[\s_-])(?:standfirst|dek|strapline|subheadline|sub-headline|article-summary|teaser-text|chapo|abstract)(?:$|[\s_-])/i;
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
  if (!header) {
    const box = namedStandfirst(h1);
    return box ? summaryOf(box, doc) : null;
  }
  if (header.closest('nav, aside, footer')) return null;
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
  return null;
}

/**
 * Where no header box holds the headline (the Guardian's page is a grid of cells named in `data-gu-name`: headline,
 * standfirst, media), the box right after the headline's cell that the page names as the standfirst — by class, id
 * or a data attribute (`data-gu-name="standfirst"`, `data-testid="standfirst"`). Only the next few siblings of the
 * headline and its first ancestors: a teaser card's "dek" further down the page is not the story's.
 */
function namedStandfirst(h1: Element): Element | null {
  let cell: Element | null = h1;
  for (let level = 0; cell && level <= HEADER_LEVELS && cell.localName !== 'body'; level++, cell = cell.parentElement) {
    let next = cell.nextElementSibling;
    for (let n = 0; next && n < NEXT_SIBLINGS; n++, next = next.nextElementSibling) {
      if (next.closest('nav, aside, footer')) return null;
      if (STANDFIRST_NAME.test(namesOf(next))) return next;
    }
  }
  return null;
}

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

/** Puts `lead` at the top of the article `holder` unless the article already says it. */
export function restoreStandfirst(holder: Element, lead: Element): boolean {
  const said = plain(lead);
  if (!said || plain(holder).includes(said.slice(0, 60))) return false;
  holder.prepend(holder.ownerDocument.importNode(lead, true));
  return true;
}
