/**
 * Article → one standalone HTML file: the reader's own stylesheet inline (so themes and dark mode carry
 * over), images as data: URLs where the extension could read them, absolute links otherwise — and a footer
 * and a `<meta name="winnow:images">` that say which. Nothing in the file runs: the content is purified again
 * after the images are swapped in, and a CSP meta forbids scripts should anything slip through.
 */
import type { Article } from '../types.js';
import { purify } from '../purify.js';
import { NO_IMAGES, absoluteImageUrl, dataUrl, imageMode, type ImageMap } from './images.js';
import { ENGLISH_LABELS, metaLine, type ExportLabels, type ExportWindow } from './labels.js';

export interface StandaloneHtmlOptions {
  /** A window with a DOM (the extension page's, or jsdom's): parses, purifies and serialises. */
  win: ExportWindow;
  /** The reader's stylesheet (src/ui/article.css), inlined as is. */
  css: string;
  /** When the reader saved it, ISO 8601. */
  saved: string;
  /** Images the extension could read, by absolute URL. */
  images?: ImageMap;
  labels?: ExportLabels;
}

/** Page layout around the article, as the reader page lays it out (reader.css is not for files). */
const PAGE_CSS = `body { padding: 2rem 1.25rem 4rem; }
.sheet { max-width: 42rem; margin: 0 auto; }
.saved-note { margin-top: 3em; padding-top: 1em; border-top: 1px solid var(--rule); }`;

/** Saved files may show images from anywhere, and nothing else: no script, no frame, no form target. */
const CSP =
  "default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function toStandaloneHtml(article: Article, options: StandaloneHtmlOptions): string {
  const { win, css, saved, images = NO_IMAGES, labels = ENGLISH_LABELS } = options;
  const doc = win.document.implementation.createHTMLDocument(article.title);
  const html = doc.documentElement;
  html.lang = article.lang ?? '';
  if (!article.lang) html.removeAttribute('lang');
  if (article.dir) html.dir = article.dir;

  const head = doc.head;
  const meta = (attrs: Record<string, string>) => {
    const el = doc.createElement('meta');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    head.append(el);
  };
  head.prepend(Object.assign(doc.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: CSP }));
  head.prepend(
    Object.assign(doc.createElement('meta'), { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
  );
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  head.prepend(charset);
  meta({ name: 'color-scheme', content: 'light dark' });
  meta({ name: 'generator', content: 'Winnow' });
  if (article.byline) meta({ name: 'author', content: article.byline });
  meta({ name: 'winnow:source', content: article.url });
  meta({ name: 'winnow:saved', content: saved });

  const body = doc.createElement('article');
  body.className = 'article-body';
  body.innerHTML = purify(article.content, win);
  if (article.lang) body.lang = article.lang;
  body.dir = article.dir ?? 'auto';
  let embedded = 0;
  let linked = 0;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    // srcset would make the browser fetch a remote candidate instead of the embedded copy.
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    const url = absoluteImageUrl(img.getAttribute('src') ?? '', article.url);
    if (!url) {
      img.remove();
      continue;
    }
    if (url.startsWith('data:')) {
      embedded++;
      continue;
    }
    const image = images.get(url);
    const inline = image ? dataUrl(image) : null;
    img.setAttribute('src', inline ?? url);
    if (inline) embedded++;
    else linked++;
  }
  for (const source of Array.from(body.querySelectorAll('picture source'))) source.remove();
  // Assembled from article HTML, so it goes through the one sink again (data: stays allowed on images).
  body.innerHTML = purify(body.innerHTML, win);
  const mode = imageMode(embedded, linked);
  meta({ name: 'winnow:images', content: mode });
  const style = doc.createElement('style');
  style.textContent = `${css}\n${PAGE_CSS}`;
  head.append(style);

  const main = doc.createElement('main');
  main.className = 'sheet reader';
  const header = doc.createElement('header');
  header.className = 'article-header';
  const h1 = Object.assign(doc.createElement('h1'), { className: 'article-title', textContent: article.title });
  h1.dir = article.dir ?? 'auto';
  header.append(h1);
  const line = metaLine(article);
  if (line) header.append(Object.assign(doc.createElement('p'), { className: 'article-meta', textContent: line }));
  header.append(sourceParagraph(doc, article.url, labels.source));

  const footer = doc.createElement('footer');
  footer.className = 'article-source saved-note';
  footer.append(Object.assign(doc.createElement('p'), { textContent: labels.saved(saved.slice(0, 10)) }));
  const note = labels.images(mode, embedded, linked);
  if (note) footer.append(Object.assign(doc.createElement('p'), { textContent: note, className: 'images-note' }));
  main.append(header, body, footer);
  doc.body.append(main);
  return `<!DOCTYPE html>\n${html.outerHTML}\n`;
}

function sourceParagraph(doc: Document, url: string, label: string): HTMLElement {
  const p = Object.assign(doc.createElement('p'), { className: 'article-source' });
  if (!/^https?:/i.test(url)) {
    p.textContent = `${label}: ${url}`;
    return p;
  }
  const a = Object.assign(doc.createElement('a'), { href: url, textContent: url, rel: 'noopener noreferrer' });
  p.append(`${label}: `, a);
  return p;
}
