/**
 * Purified article HTML → the body of an EPUB content document: well-formed XML that epubcheck's XHTML 5
 * schema accepts. Browsers forgive what e-readers and epubcheck do not, so this keeps a known set of elements
 * and attributes, unwraps the rest (keeping their text), repairs the content-model slips Readability output
 * carries (list items outside lists, blocks inside inline elements), and drops every reference an e-book
 * may not make (remote images, relative links, fragments that point nowhere).
 *
 * Map: `toXhtmlBody` → clean (elements, attributes, links, images) → repair structure → XMLSerializer.
 */
import { absoluteImageUrl } from './images.js';
import type { ExportWindow } from './labels.js';
import { childElements, collapseSpace } from '../dom.js';

/** Elements kept as they are. Everything else is unwrapped (font, center, span soup) or dropped (DROP). */
const KEEP = new Set([
  'p',
  'div',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'mark',
  'q',
  'cite',
  'abbr',
  'dfn',
  'time',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'address',
  'del',
  'ins',
  'ruby',
  'rt',
  'rp',
  'bdi',
  'bdo',
  'wbr',
]);
/** Removed with their content: media an e-book cannot play from a link, and vector art we cannot validate. */
const DROP = new Set([
  'svg',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'map',
  'area',
  'colgroup',
  'col',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
]);
/** Phrasing elements: a block found inside one of these is a schema error, so the inline wrapper goes. */
const PHRASING = new Set([
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'code',
  'kbd',
  'samp',
  'var',
  'mark',
  'q',
  'cite',
  'abbr',
  'dfn',
  'time',
  'del',
  'ins',
  'bdi',
  'bdo',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'dt',
  'caption',
  'figcaption',
  'rt',
  'rp',
  'ruby',
  'label',
  'address',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'table',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'address',
  'hr',
  'caption',
]);

const GLOBAL_ATTRS = new Set(['lang', 'dir', 'title', 'id']);
const ATTRS: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  li: ['value'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  abbr: ['title'],
};
const INTEGER_ATTRS = new Set(['colspan', 'rowspan', 'start', 'value']);

/** Characters XML 1.0 forbids outright; HTML lets them through. */
/* eslint-disable no-control-regex -- the control characters XML forbids are what it removes */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export interface XhtmlImages {
  /** Local path inside the EPUB for an absolute image URL, or null when the image could not be embedded. */
  localPath: (url: string) => string | null;
  /** Text of the link that replaces an image the book cannot carry. */
  linkText: (alt: string) => string;
}

/**
 * Serialised XHTML for the children of `body` (an element of a parsed HTML document the caller owns; it is
 * modified in place). `base` resolves relative image sources.
 */
export function toXhtmlBody(body: HTMLElement, base: string, images: XhtmlImages, win: ExportWindow): string {
  clean(body, base, images);
  repair(body);
  fixIdsAndFragments(body);
  const serializer = new win.XMLSerializer();
  return (
    Array.from(body.childNodes)
      .map((node) => serializer.serializeToString(node))
      .join('')
      // Each top-level element repeats the XHTML namespace; the enclosing <html> already declares it.
      .replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g, '')
  );
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function clean(root: Element, base: string, images: XhtmlImages): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.nodeValue = (node.nodeValue ?? '').replace(XML_INVALID, '');
  // Comments carry nothing a reader sees, and one holding `--` is not well-formed XML.
  const comments: Node[] = [];
  const commentWalker = doc.createTreeWalker(root, 128 /* SHOW_COMMENT */);
  for (let node = commentWalker.nextNode(); node; node = commentWalker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  // Depth-first, children before parents, so unwrapping a parent keeps already cleaned children.
  const elements = Array.from(root.querySelectorAll('*')).reverse();
  for (const el of elements) {
    const name = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || DROP.has(name)) {
      // MathML keeps its text (a formula read as text beats a hole); everything else dropped goes whole.
      if (name === 'math') el.replaceWith(doc.createTextNode(el.textContent ?? ''));
      else if (el.isConnected) el.remove();
      continue;
    }
    if (!KEEP.has(name)) {
      unwrap(el);
      continue;
    }
    const allowed = ATTRS[name] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!GLOBAL_ATTRS.has(attr.name) && !allowed.includes(attr.name)) el.removeAttribute(attr.name);
      else if (INTEGER_ATTRS.has(attr.name) && !/^[1-9]\d{0,3}$/.test(attr.value.trim())) el.removeAttribute(attr.name);
      else if (attr.name === 'scope' && !['row', 'col', 'rowgroup', 'colgroup'].includes(attr.value))
        el.removeAttribute(attr.name);
      else if (attr.name === 'dir' && !['ltr', 'rtl', 'auto'].includes(attr.value)) el.removeAttribute(attr.name);
      else if (attr.name === 'lang' && !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(attr.value))
        el.removeAttribute(attr.name);
      else if (attr.name === 'cite' && !absoluteHttp(attr.value)) el.removeAttribute(attr.name);
    }
    if (name === 'a') cleanLink(el);
    if (name === 'img') cleanImage(el, base, images);
  }
}

function absoluteHttp(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Links must be absolute (a relative one points inside the book, at nothing) or a fragment checked later. */
function cleanLink(a: Element): void {
  const href = a.getAttribute('href');
  if (href === null || href.startsWith('#')) return;
  const absolute = absoluteHttp(href);
  if (absolute) a.setAttribute('href', absolute);
  else a.removeAttribute('href');
}

/** EPUB readers may not fetch remote images: embed, or leave a link to the original in the image's place. */
function cleanImage(img: Element, base: string, images: XhtmlImages): void {
  const url = absoluteImageUrl(img.getAttribute('src') ?? '', base);
  const alt = collapseSpace(img.getAttribute('alt') ?? '');
  const local = url && !url.startsWith('data:') ? images.localPath(url) : null;
  if (local) {
    img.setAttribute('src', local);
    img.setAttribute('alt', alt);
    return;
  }
  if (!url || url.startsWith('data:')) {
    img.remove();
    return;
  }
  const doc = img.ownerDocument;
  const link = doc.createElement('a');
  link.setAttribute('href', url);
  link.textContent = images.linkText(alt);
  img.replaceWith(link);
}

/** Content-model repairs, bottom-up. Each fixes a slip browsers forgive and epubcheck reports. */
function repair(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    const name = el.localName;
    const parent = el.parentElement?.localName;
    // A block inside a phrasing element: the inline wrapper goes, its content stays.
    if (PHRASING.has(name) && childElements(el).some((child) => BLOCK.has(child.localName))) {
      if (name === 'p' || /^h[1-6]$/.test(name) || name === 'pre' || name === 'address') renameTo(el, 'div');
      else unwrap(el);
      continue;
    }
    if (name === 'li' && parent !== 'ul' && parent !== 'ol') renameTo(el, 'div');
    else if ((name === 'dt' || name === 'dd') && parent !== 'dl') renameTo(el, 'div');
    else if (name === 'figcaption' && parent !== 'figure') renameTo(el, 'div');
    else if (name === 'ul' || name === 'ol') wrapStrays(el, 'li', (child) => child.localName === 'li');
    else if (name === 'dl') wrapStrays(el, 'dd', (child) => child.localName === 'dt' || child.localName === 'dd');
    // A link inside a link is not allowed; the inner one keeps its text.
    if (name === 'a' && el.parentElement?.closest('a')) unwrap(el);
  }
  // An empty inline element with no text is harmless; an empty <ul> or <dl> is a schema error.
  for (const list of Array.from(root.querySelectorAll('ul, ol, dl, tr, tbody, thead, tfoot, table'))) {
    if (!list.children.length) list.remove();
  }
}

function renameTo(el: Element, name: string): Element {
  const replacement = el.ownerDocument.createElement(name);
  for (const attr of Array.from(el.attributes))
    if (GLOBAL_ATTRS.has(attr.name)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

/** Puts children a list may not hold directly (text, stray blocks) into an item of their own. */
function wrapStrays(list: Element, itemName: string, isItem: (child: Element) => boolean): void {
  for (const child of Array.from(list.childNodes)) {
    if (child.nodeType === 1 && isItem(child as Element)) continue;
    if (child.nodeType === 3 && !(child.nodeValue ?? '').trim()) continue;
    if (child.nodeType !== 1 && child.nodeType !== 3) {
      child.remove();
      continue;
    }
    const item = list.ownerDocument.createElement(itemName);
    child.replaceWith(item);
    item.append(child);
  }
}

/** IDs must be unique XML names; fragment links must point at an ID that survived. */
function fixIdsAndFragments(root: Element): void {
  const seen = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) {
    const id = el.getAttribute('id') ?? '';
    if (!/^[A-Za-z_][\w.-]*$/.test(id) || seen.has(id) || id === 'winnow-title') el.removeAttribute('id');
    else seen.add(id);
  }
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    if (!seen.has((a.getAttribute('href') ?? '').slice(1))) a.removeAttribute('href');
  }
}
