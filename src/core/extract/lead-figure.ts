/**
 * The story's picture set beside its body. A news system prints the lead photo in a box of its own right before the
 * box of the story's text (TYPO3's news extension: `div.news-img-wrap`, then `div.news-text-wrap[itemprop=articleBody]`,
 * the pattern of many municipal and association sites). Readability scores the text box and its paragraphs; the
 * picture's box, a caption and no paragraph, falls under its sibling threshold, and the reader got the story without
 * its photo.
 *
 * Taken back only when the page names the story's body (schema.org's `articleBody`, or the one post-body class
 * marked-body.ts reads) and the box stands just before it, among the body's previous siblings (a standfirst between
 * them is allowed, a heading is not): one picture, no heading, no link with words (a link to the full-size file is the
 * picture's own), and at most a caption's words. Read before Readability runs (it may drop the box), put at the top of
 * the story after it, unless the article already shows that picture. The caption comes with it as the article keeps
 * captions: a `<figure>`'s `<figcaption>` goes back with its figure (and is judged by the caption rules as any
 * figure's is); a caption line under a photo outside a figure stays out, as it does when Readability keeps the box
 * (captions.ts: such lines carry credits more often than descriptions).
 */
import { collapsedText, linkTextLength, withAttribute } from '../dom.js';
import { addLeadImage, prependToArticle, showsPicture, type LeadImage } from './lead-image.js';
import { namedBody } from './marked-body.js';

/** Previous siblings of the body looked at: the picture's box, and a standfirst or an empty slot between. */
const MAX_STEPS = 3;
/** A caption with its credit says this much at most. */
const MAX_CAPTION_WORDS = 40;
/** Pictures a page declares smaller than this are icons, not the story's photo. */
const MIN_SIDE = 100;

export interface LeadFigure extends LeadImage {
  /** The page's own `<figure>` around the picture, copied, when it has one: it goes back whole. */
  figure: Element | null;
}

/** The body the page names: its one `articleBody`, or its one post-body class. */
function storyBody(doc: Document): Element | null {
  const declared = withAttribute(doc, 'itemprop', (value) => value.split(/\s+/).includes('articleBody'));
  if (declared.length === 1) return declared[0]!;
  return declared.length === 0 ? namedBody(doc) : null;
}

const declaredSmall = (img: Element): boolean =>
  ['width', 'height'].some((side) => {
    const value = Number.parseInt(img.getAttribute(side) ?? '', 10);
    return Number.isFinite(value) && value < MIN_SIDE;
  });

/** The picture a box shows, if it is a picture's box: one sizeable image, no heading, no linked words, a caption. */
function pictureOf(box: Element): LeadFigure | null {
  const images = box.getElementsByTagName('img');
  if (images.length !== 1 || box.querySelector('h1, h2, h3, h4, h5, h6') || linkTextLength(box) > 0) return null;
  const img = images[0]!;
  const src = img.getAttribute('src')?.trim();
  if (!src || declaredSmall(img)) return null;
  if (collapsedText(box).split(' ').length > MAX_CAPTION_WORDS) return null;
  let url: string;
  try {
    url = new URL(src, box.ownerDocument.baseURI).href;
  } catch {
    return null;
  }
  // As Readability resolves the article's own pictures: against the page's address (a saved page's is a file).
  if (!/^(?:https?|file):/.test(url)) return null;
  const figure = img.closest('figure');
  const own = figure && box.contains(figure) ? (figure.cloneNode(true) as Element) : null;
  // The copy's picture resolved as Readability resolves the article's own.
  own?.querySelector('img')?.setAttribute('src', url);
  return { src: url, alt: img.getAttribute('alt')?.trim() ?? '', figure: own };
}

/** The picture's box just before the story's named body, read before Readability runs. */
export function leadFigure(doc: Document): LeadFigure | null {
  const body = storyBody(doc);
  if (!body || body.closest('nav, aside, footer')) return null;
  let box = body.previousElementSibling;
  for (let step = 0; box && step < MAX_STEPS; step++, box = box.previousElementSibling) {
    if (box.querySelector('h1, h2, h3, h4, h5, h6') || /^h[1-6]$/.test(box.localName)) return null;
    const picture = pictureOf(box);
    if (picture) return picture;
  }
  return null;
}

/** Puts the picture (with its figure's caption) at the top of the story unless the article already shows it. */
export function restoreLeadFigure(holder: Element, figure: LeadFigure | null): boolean {
  if (!figure) return false;
  if (!figure.figure) return addLeadImage(holder, figure);
  if (showsPicture(holder, figure.src)) return false;
  prependToArticle(holder, holder.ownerDocument.importNode(figure.figure, true));
  return true;
}
