/**
 * One tree walk of the clone serves every spam rule. In jsdom each `getElementsByTagName` or `querySelectorAll`
 * on a fresh clone walks the whole tree again (and the selector engine costs several times a plain walk), so
 * seven rules asking for scripts, metas, frames, links and all elements paid for seven walks or more; the
 * index pays for one. Rules remove elements as they go, so every answer leaves out disconnected ones.
 */

import { elementsInTreeOrder } from '../visibility/elements.js';

const SHOW_ELEMENT = 1;
/** Tags rules look up by name. */
const INDEXED = new Set(['a', 'base', 'iframe', 'link', 'meta', 'script', 'title']);

interface Index {
  elements: Element[];
  byTag: Map<string, Element[]>;
}

const indexes = new WeakMap<Document, Index>();

function build(doc: Document): Index {
  const elements = elementsInTreeOrder(doc);
  const byTag = new Map<string, Element[]>();
  for (const el of elements) {
    const name = el.localName;
    if (!INDEXED.has(name)) continue;
    const list = byTag.get(name);
    if (list) list.push(el);
    else byTag.set(name, [el]);
  }
  return { elements, byTag };
}

function indexOf(doc: Document): Index {
  let index = indexes.get(doc);
  if (!index) indexes.set(doc, (index = build(doc)));
  return index;
}

const connected = (list: readonly Element[]): Element[] => list.filter((el) => el.isConnected);

/**
 * The document's elements in tree order as the walk found them, removed ones included: checking every element
 * for `isConnected` costs a walk up its ancestors, so callers check only the few they keep.
 */
export const allElements = (doc: Document): readonly Element[] => indexOf(doc).elements;

/** The document's elements of one indexed tag (`script`, `meta`, `a`…), in tree order, still in it. */
export function elementsNamed(doc: Document, name: string): Element[] {
  if (!INDEXED.has(name)) throw new Error(`page-index: <${name}> is not indexed`);
  return connected(indexOf(doc).byTag.get(name) ?? []);
}

/** Whether the document has any element of an indexed tag (removed ones included: a cheap early exit). */
export const hasAny = (doc: Document, name: string): boolean => (indexOf(doc).byTag.get(name)?.length ?? 0) > 0;

/** Descendants of `root` with an `href`, in tree order (a walk, not the selector engine). */
export function linksIn(root: Element): Element[] {
  const out: Element[] = [];
  if (root.localName === 'a' && root.hasAttribute('href')) out.push(root);
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (el.localName === 'a' && el.hasAttribute('href')) out.push(el);
  }
  return out;
}
