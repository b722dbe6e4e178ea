/**
 * Article → EPUB 3 (one chapter), valid under epubcheck. Layout of the zip, in the order the OCF spec wants:
 *   mimetype                 first entry, stored uncompressed, no extra field (readers sniff it at offset 38)
 *   META-INF/container.xml   points at the package document
 *   EPUB/package.opf         metadata, manifest, spine
 *   EPUB/nav.xhtml           the required navigation document
 *   EPUB/article.xhtml       the article, serialised as XML by xhtml.ts
 *   EPUB/style.css           a small stylesheet (e-readers bring their own fonts and themes)
 *   EPUB/images/N.ext        the images the extension could read (PNG, JPEG, GIF: EPUB 3.2 core types)
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article } from '../types.js';
import { purify } from '../purify.js';
import { NO_IMAGES, sniffImageType, type ImageMap } from './images.js';
import { ENGLISH_LABELS, metaLine, type ExportLabels, type ExportWindow } from './labels.js';
import { toXhtmlBody } from './xhtml.js';
import { collapseSpace } from '../dom.js';

export interface EpubOptions {
  win: ExportWindow;
  /** When the reader saved it, ISO 8601: the book's dcterms:modified. */
  saved: string;
  images?: ImageMap;
  labels?: ExportLabels;
}

/** Core media types of EPUB 3.2 (what epubcheck 4.2 accepts without a fallback). WebP joined only in 3.3. */
const EPUB_IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

const STYLE = `body { margin: 0 5%; line-height: 1.6; }
h1 { font-size: 1.5em; line-height: 1.25; }
.meta, .source, .note { font-size: .85em; color: #666; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; font-size: .85em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: .2em .4em; }
blockquote { margin-left: 1em; padding-left: 1em; border-left: 3px solid #ccc; }`;

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

export const xmlEscape = (text: string) =>
  text
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** BCP 47 or `und`: a wrong dc:language is an epubcheck error, a missing one too. */
const language = (lang: string | null) => (lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'und');

/** dcterms:modified must be CCYY-MM-DDThh:mm:ssZ exactly. */
const modified = (iso: string) => {
  const date = new Date(iso);
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().replace(/\.\d{3}Z$/, 'Z');
};

/** dc:date must be a W3C date; a site's free-text date is left out rather than invalidating the book. */
const w3cDate = (value: string | null) => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

export function toEpub(article: Article, options: EpubOptions): Uint8Array {
  const { win, saved, images = NO_IMAGES, labels = ENGLISH_LABELS } = options;
  const lang = language(article.lang);
  const title = collapseSpace(article.title) || 'Untitled';

  // Images the book will carry, numbered in document order; only types every e-reader must show.
  const files: Zippable = {};
  const manifestItems: string[] = [];
  const local = new Map<string, string>();
  const localPath = (url: string): string | null => {
    const known = local.get(url);
    if (known) return known;
    const image = images.get(url);
    const type = image ? sniffImageType(image.bytes) : null;
    const ext = type ? EPUB_IMAGE_TYPES[type] : undefined;
    if (!image || !type || !ext) return null;
    const path = `images/${local.size + 1}.${ext}`;
    local.set(url, path);
    files[`EPUB/${path}`] = [image.bytes, { level: 0 }];
    manifestItems.push(`<item id="img${local.size}" href="${path}" media-type="${type}"/>`);
    return path;
  };

  const doc = new win.DOMParser().parseFromString(`<!DOCTYPE html><body>${purify(article.content, win)}`, 'text/html');
  const body = toXhtmlBody(doc.body, article.url, { localPath, linkText: labels.imageLink }, win);
  const line = metaLine(article);
  const href = httpHref(article.url);
  const source = href
    ? `<p class="source">${xmlEscape(labels.source)}: <a href="${xmlEscape(href)}">${xmlEscape(article.url)}</a></p>`
    : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const chapter = xhtmlDocument(
    lang,
    dir,
    title,
    `<article>
<header><h1 id="winnow-title">${xmlEscape(title)}</h1>${line ? `<p class="meta">${xmlEscape(line)}</p>` : ''}${source}</header>
${body}
<footer><p class="note">${xmlEscape(labels.saved(saved.slice(0, 10)))}</p></footer>
</article>`,
  );
  const nav = xhtmlDocument(
    lang,
    dir,
    title,
    `<nav epub:type="toc" id="toc"><ol><li><a href="article.xhtml">${xmlEscape(title)}</a></li></ol></nav>`,
  );

  const published = w3cDate(article.publishedTime);
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${xmlEscape(article.url || `urn:winnow:${saved}`)}</dc:identifier>
    <dc:title>${xmlEscape(title)}</dc:title>
    <dc:language>${lang}</dc:language>
${article.byline ? `    <dc:creator>${xmlEscape(article.byline)}</dc:creator>\n` : ''}${article.siteName ? `    <dc:publisher>${xmlEscape(article.siteName)}</dc:publisher>\n` : ''}${href ? `    <dc:source>${xmlEscape(article.url)}</dc:source>\n` : ''}${published ? `    <dc:date>${published}</dc:date>\n` : ''}    <meta property="dcterms:modified">${modified(saved)}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
    ${manifestItems.join('\n    ')}
  </manifest>
  <spine>
    <itemref idref="article"/>
  </spine>
</package>
`;

  // Object key order is zip entry order: mimetype must come first, stored (level 0).
  const entries: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'EPUB/package.opf': strToU8(opf),
    'EPUB/nav.xhtml': strToU8(nav),
    'EPUB/article.xhtml': strToU8(chapter),
    'EPUB/style.css': strToU8(STYLE),
    ...files,
  };
  // Zip dates run from 1980 to 2099; an unreadable saved time falls back to a fixed date inside that range.
  const mtime = new Date(saved);
  const inRange = !Number.isNaN(mtime.getTime()) && mtime.getUTCFullYear() >= 1980 && mtime.getUTCFullYear() < 2099;
  return zipSync(entries, { level: 6, mtime: inRange ? mtime : new Date('2020-01-01T00:00:00Z') });
}

function httpHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function xhtmlDocument(lang: string, dir: string, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}"${dir}>
<head>
<meta charset="utf-8"/>
<title>${xmlEscape(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}
