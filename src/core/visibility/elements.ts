/**
 * All elements in document order — the index space of `Verdicts`, identical to
 * `getElementsByTagName('*')` (tree order over the document's descendants). Collected with a TreeWalker:
 * jsdom's live HTMLCollection, read as a loop reads it (`length` at each step), is quadratic — 33 s for a
 * 10,000-element Wikipedia page against 40 ms here (dom.ts, `elementsByTag`, reads one in a single walk).
 * Browsers are fast either way.
 */
const SHOW_ELEMENT = 1;

/** `root`'s descendants (the document's by default), in tree order; `root` itself is not included. */
export function elementsInTreeOrder(doc: Document, root: Node = doc): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}
