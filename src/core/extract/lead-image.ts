/**
 * The lead picture a page paints as a CSS background: a hero `<div style="background-image:url(…)">` above the
 * headline. Readability reads only `<img>`, so the article's own opening picture never reaches the reader.
 *
 * Taken only when the page itself says it is the article's picture: its URL is the page's `og:image` or
 * `twitter:image` (the same file, whatever size variant or query the two name). Decorative backgrounds
 * (textures, gradients, banners) are never the page's share image, so they stay out. Read before Readability
 * runs (it removes the empty hero box), put in front of the article after it, unless the article already shows it.
 */
import { elementsByTag, withAttribute } from '../dom.js';

const BACKGROUND_URL = /background(?:-image)?\s*:[^;]*?url\(\s*(['"]?)([^'")]+)\1\s*\)/i;

export interface LeadImage {
  src: string;
  alt: string;
}

/** The file a URL names, without size suffixes and query: "hero-1200x630.jpg?w=2" → "hero.jpg". */
function fileKey(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return file.replace(/[-_]\d{2,4}x\d{2,4}(?=\.)/, '');
}

function absolute(url: string, base: string): string | null {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** The hero background that is the page's share image, if there is one. */
export function leadBackground(doc: Document): LeadImage | null {
  // A tag lookup and a filter, not a selector list of attribute tests: jsdom's selector engine took 0.4 s for
  // that list on one of Readability's test pages.
  const shared = elementsByTag(doc, 'meta')
    .filter((meta) => /^(?:og|twitter):image$/i.test(meta.getAttribute('property') ?? meta.getAttribute('name') ?? ''))
    .map((meta) => meta.getAttribute('content')?.trim() ?? '')
    .filter(Boolean)
    .map(fileKey);
  if (!shared.length) return null;
  for (const el of withAttribute(doc, 'style')) {
    const url = BACKGROUND_URL.exec(el.getAttribute('style')!)?.[2]?.trim();
    if (!url || !shared.includes(fileKey(url))) continue;
    const src = absolute(url, doc.baseURI);
    if (!src) continue;
    return { src, alt: el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim() || '' };
  }
  return null;
}

/** Whether the article already shows the picture `src` names, in any size variant or with any query. */
export function showsPicture(article: Element, src: string): boolean {
  const key = fileKey(src);
  return Array.from(article.querySelectorAll('img')).some((img) => fileKey(img.getAttribute('src') ?? '') === key);
}

/** Puts `el` first in the article: inside Readability's page box when there is one. */
export function prependToArticle(article: Element, el: Element): void {
  const first = article.firstElementChild?.className === 'page' ? article.firstElementChild : article;
  first.prepend(el);
}

/** Puts the lead picture in front of the article unless the article already shows that file. */
export function addLeadImage(article: Element, lead: LeadImage | null): boolean {
  if (!lead || showsPicture(article, lead.src)) return false;
  const doc = article.ownerDocument;
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', lead.src);
  img.setAttribute('alt', lead.alt);
  figure.append(img);
  prependToArticle(article, figure);
  return true;
}
