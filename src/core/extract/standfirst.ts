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
import { collapsedText, hasToken, linkTextLength, withAttribute } from '../dom.js';
import { hasHan } from './segments.js';

/** A paragraph long enough to be a sentence of summary, short enough not to be the story. */
const MIN_CHARS = 40;
const MAX_CHARS = 600;
/** Han text says as much in fewer characters. */
const MIN_HAN_CHARS = 15;
/** How far above the headline the story's header may sit. */
const HEADER_LEVELS = 3;
const HEADER_BOX = /(?:^|[\s_-])(?:header|head|heading)(?:$|[\s_-])|(?:header|head)$/i;
/** Inside the standfirst, labels that are not its sentence: 20 Minutes' "FOOTBALL" section label. */
const LABEL = /(?:^|[\s_-])(?:label|kicker|category|rubric|section|tag)(?:$|[\s_-])|(?:label|kicker)$/i;
/** The names templates give the summary line under the headline when they set it as a heading. */
const SUBTITLE =
  /(?:^|[\s_-])(?:subtitle|sub-title|subheadline|subhead|dek|deck|standfirst|strapline|summary|teaser|excerpt|description|lede|lead|intro)(?:$|[\s_-])/i;
/** Paragraphs under a headline that are not a summary: bylines, dates, credits, reading times, share bars. */
const NOT_SUMMARY = /(?:^|[\s_-])(?:author|byline|by|date|time|meta|credit|caption|share|social|kicker|label|reading)/i;

/** Inside the header, the box of the picture under the headline: its caption is no summary. */
const PICTURE_BOX = /(?:^|[\s_-])(?:caption|credit|figure|image|photo|media)/i;

/** Named as something else than a summary (a byline, a date line), or inside the picture's box. */
function notSummary(line: Element, header: Element): boolean {
  if (NOT_SUMMARY.test(`${line.getAttribute('class') ?? ''} ${line.id}`)) return true;
  for (let el = line.parentElement; el && el !== header; el = el.parentElement)
    if (el.localName === 'figure' || PICTURE_BOX.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  return false;
}

/** Compared as a reader reads them: case, width and white space aside. */
const plainText = (text: string) => text.replace(/\s+/g, ' ').trim().normalize('NFKC').toLowerCase();
const plain = (node: Node) => plainText(collapsedText(node));

/** The story's header: the `<header>`, or a box named as one, within a few levels above the headline. */
function headerOf(h1: Element): Element | null {
  let el: Element | null = h1.parentElement;
  for (let level = 0; el && level < HEADER_LEVELS; level++, el = el.parentElement) {
    if (el.localName === 'body') return null;
    if (el.localName === 'header' || HEADER_BOX.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return el;
  }
  return null;
}

/**
 * The story's headline: the page's one `<h1>`, or, where the logo and the section names are `<h1>`s too (heise
 * online's five), the one element the page marks as the headline (schema.org's `itemprop="headline"`).
 */
function headline(doc: Document): Element | null {
  const h1s = Array.from(doc.getElementsByTagName('h1'));
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
  if (!header || header.closest('nav, aside, footer')) return null;
  // A paragraph, or a heading named as the subtitle (Substack's `h3.subtitle`, the `h2.dek` of many templates): a
  // heading not so named under the headline is as often the site's tagline or a section title.
  for (const line of Array.from(header.querySelectorAll('p, h2, h3, h4'))) {
    if (line.localName !== 'p' && !SUBTITLE.test(`${line.getAttribute('class') ?? ''} ${line.id}`)) continue;
    // After the headline only: a kicker or a breadcrumb sits above it.
    if (!(h1.compareDocumentPosition(line) & 4 /* FOLLOWING */)) continue;
    if (line.querySelector('time, address') || notSummary(line, header)) continue;
    const copy = line.cloneNode(true) as Element;
    for (const label of Array.from(copy.querySelectorAll('[class]')))
      if (LABEL.test(label.getAttribute('class') ?? '')) label.remove();
    const text = collapsedText(copy);
    const min = hasHan(text) ? MIN_HAN_CHARS : MIN_CHARS;
    if (text.length < min || text.length > MAX_CHARS || linkTextLength(copy) > text.length * 0.3) continue;
    // A sentence, not a label or a list of names: words, and not ending in a colon that introduces something else.
    if (!hasHan(text) && text.split(' ').length < 6) continue;
    const out = doc.createElement('p');
    out.append(...Array.from(copy.childNodes));
    return out;
  }
  return null;
}

/** Puts `lead` at the top of the article `holder` unless the article already says it. */
export function restoreStandfirst(holder: Element, lead: Element): boolean {
  const said = plain(lead);
  if (!said || plain(holder).includes(said.slice(0, 60))) return false;
  holder.prepend(holder.ownerDocument.importNode(lead, true));
  return true;
}
