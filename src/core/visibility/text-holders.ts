/**
 * Which elements hold readable text or links — the only ones visibility decides for (hiding an empty box or a
 * lazy image loses nothing, and deciding for them would cost a style read each). One bottom-up pass.
 */

/** Text inside these is not read as page text. */
export const NON_TEXT_PARENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TITLE',
  'TEXTAREA',
  'OPTION',
  'HEAD',
]);

const SHOW_TEXT = 4;

export interface PageText {
  /** Elements that contain non-blank text or a link, with every ancestor up to the root. */
  holders: Set<Element>;
  /** Elements with a non-blank text node of their own (`hasOwnText`), found in the same walk. */
  ownText: Set<Element>;
  /** `readableLength` of the body, counted in the same walk. */
  length: number;
}

/** One walk over the page's text nodes: which elements hold text, and which hold it themselves. */
export function pageText(doc: Document): PageText {
  const holders = new Set<Element>();
  const ownText = new Set<Element>();
  const mark = (start: Element | null) => {
    for (let el = start; el && !holders.has(el); el = el.parentElement) holders.add(el);
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return { holders, ownText, length: 0 };
  let length = 0;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && NON_TEXT_PARENTS.has(parent.tagName.toUpperCase())) continue;
    const n = collapsedLength(node.nodeValue ?? '');
    length += n;
    if (n > 0 && parent && !ownText.has(parent)) {
      ownText.add(parent);
      mark(parent);
    }
  }
  for (const a of Array.from(root.getElementsByTagName('a'))) if (a.hasAttribute('href')) mark(a);
  return { holders, ownText, length };
}

/** Whether `el` has a non-blank text node of its own (not only through child elements). */
export function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** JavaScript's `\s`, by code point. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * `text.replace(/\s+/g, ' ').trim().length`, counted without building either string: every page's text goes
 * through it (the share of the page a hidden block holds), about three times faster.
 */
export function collapsedLength(text: string): number {
  let length = 0;
  let started = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = started;
    } else {
      if (gap) length++;
      gap = false;
      started = true;
      length++;
    }
  }
  return length;
}

/** Length of the readable text under `root` (script and style contents excluded), whitespace collapsed. */
export function readableLength(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && NON_TEXT_PARENTS.has(parent.tagName.toUpperCase())) continue;
    length += collapsedLength(node.nodeValue ?? '');
  }
  return length;
}

/** Every non-blank text node under `root` satisfies `test` on its parent element. */
export function everyTextParent(root: Element, test: (parent: Element) => boolean): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NON_TEXT_PARENTS.has(parent.tagName.toUpperCase()) || !/\S/.test(node.nodeValue ?? '')) continue;
    if (!test(parent)) return false;
  }
  return true;
}
