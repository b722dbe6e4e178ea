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
  /** The document's elements in tree order (`elementsInTreeOrder`): the index space of the two flags below. */
  elements: Element[];
  /** 1 where the element contains non-blank text or a link, and for every ancestor of one up to the root. */
  holders: Uint8Array;
  /** 1 where the element has a non-blank text node of its own (`hasOwnText`), found in the same walk. */
  ownText: Uint8Array;
  /** `readableLength` of the body, counted in the same walk. */
  length: number;
}

/**
 * One walk over the page's nodes: its elements in tree order, which hold text, and which hold it themselves.
 * Flags by index, not sets of elements: on a 100,000-element page, sets keyed by element cost four times the
 * walk itself. Only text and links under the body count (the head's are never painted).
 */
export function pageText(doc: Document): PageText {
  const elements: Element[] = [];
  const parentOf: number[] = [];
  const root = doc.body ?? doc.documentElement;
  let length = 0;
  // Pre-order over every node, the index of the element whose children are being read in `parent`.
  let parent = -1;
  let rootIndex = -1;
  const ownAt: number[] = [];
  const linkAt: number[] = [];
  let node: Node | null = doc.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      const index = elements.push(el) - 1;
      parentOf.push(parent);
      if (el === root) rootIndex = index;
      if (rootIndex >= 0 && el.localName === 'a' && el.hasAttribute('href')) linkAt.push(index);
      if (el.firstChild) {
        parent = index;
        node = el.firstChild;
        continue;
      }
    } else if (node.nodeType === 3 && rootIndex >= 0 && parent >= 0) {
      if (!NON_TEXT_PARENTS.has(elements[parent]!.tagName.toUpperCase())) {
        const n = collapsedLength((node as Text).data);
        length += n;
        if (n > 0) ownAt.push(parent);
      }
    }
    // The next node in tree order: a sibling, or the sibling of the nearest ancestor that has one.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === doc) node = null;
      else {
        if (parent === rootIndex) rootIndex = -1; // leaving the body: nothing after it counts
        parent = parentOf[parent]!;
      }
    }
    node = node?.nextSibling ?? null;
  }
  const holders = new Uint8Array(elements.length);
  const ownText = new Uint8Array(elements.length);
  const mark = (start: number) => {
    for (let i = start; i >= 0 && !holders[i]; i = parentOf[i]!) holders[i] = 1;
  };
  for (const index of ownAt) {
    ownText[index] = 1;
    mark(index);
  }
  for (const index of linkAt) mark(index);
  return { elements, holders, ownText, length };
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
