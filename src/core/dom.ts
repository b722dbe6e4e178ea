/** Small DOM helpers shared by the pipeline stages. No globals: every function takes what it reads. */

import { elementsInTreeOrder } from './visibility/elements.js';

/**
 * All elements in document order (descendants of `root`) — the index space that `Verdicts` use. A tree walk
 * (visibility/elements.ts).
 */
export function elementsInOrder(root: Document | Element): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  return elementsInTreeOrder(doc, root);
}

/**
 * `root`'s descendants named `tag` ('*' for all), in document order, as an array. Read a live collection only this way
 * (or `childElements`): in the CLI's DOM, jsdom, each named property read of an HTMLCollection — `length`, `item` —
 * first looks for an element of that id or name, a walk of the whole collection, and `Array.from` or `for…of` read
 * `length` at every step: quadratic, 6 s for the 2,000 links of a 10,000-element page and minutes for 100,000
 * elements. Its length read once and its items by index cost one walk. Browsers are fast either way.
 */
export function elementsByTag<K extends keyof HTMLElementTagNameMap>(
  root: Document | Element,
  tag: K,
): Array<HTMLElementTagNameMap[K]>;
export function elementsByTag(root: Document | Element, tag: string): Element[];
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return arrayOf(root.getElementsByTagName(tag));
}

/** `el`'s child elements as an array, read as `elementsByTag` reads a collection (a link farm has thousands). */
/**
 * A tree walker over `el`'s document (elements, or `whatToShow`), standing on `el`'s last descendant: its
 * `nextNode()` is the first node after `el`'s subtree, in page order.
 */
export function walkerPast(el: Element, whatToShow = 1 /* SHOW_ELEMENT */): TreeWalker {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.documentElement, whatToShow);
  let last: Node = el;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  return walker;
}

export const childElements = (el: Element): Element[] => arrayOf(el.children);

function arrayOf<T extends Element>(live: HTMLCollectionOf<T>): T[] {
  const out: T[] = [];
  for (let i = 0, n = live.length; i < n; i++) out.push(live[i]!);
  return out;
}

/**
 * `root`'s elements (document order) with the attribute `name`, where its value passes `test`. A walk instead of an
 * attribute selector: the CLI's DOM, jsdom, reads every attribute of every element through a proxy for each
 * attribute selector (12 ms a Zyte page for `[itemprop~="articleBody" i]`, about 2 for the walk); browsers are fast
 * either way.
 */
export function withAttribute(
  root: Document | Element,
  name: string,
  test: (value: string) => boolean = () => true,
): Element[] {
  return elementsInOrder(root).filter((el) => {
    const value = el.getAttribute(name);
    return value !== null && test(value);
  });
}

/**
 * Whether a space-separated attribute value holds `token`, case aside: the selector `[a~="token" i]` as jsdom's engine
 * reads it (it lowers case as toLowerCase does, so a Kelvin sign is a `k` there).
 */
export const hasToken = (value: string, token: string): boolean =>
  value
    .toLowerCase()
    .split(/[\t\n\f\r ]+/)
    .includes(token.toLowerCase());

/**
 * The runs of white space that are not already one plain space: a run of two or more, or one other space character.
 * Replacing these by a space is `replace(/\s+/g, ' ')`, but a lone space between words, most of a text's runs, is
 * not matched and not copied: 10–30× faster on a long text (a 5 MB paragraph: 200 ms against 6–16 ms in V8), and
 * fewer strings for the garbage collector.
 */
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/** `text` with runs of white space collapsed to one space: `text.replace(/\s+/g, ' ')`, faster (SPACE_RUNS). */
export const collapseRuns = (text: string): string => text.replace(SPACE_RUNS, ' ');

/** `text` with runs of whitespace collapsed to one space and none at either end. */
export const collapseSpace = (text: string): string => collapseRuns(text).trim();

/** Text with runs of whitespace collapsed, for audits and comparisons. */
export function collapsedText(node: Node | null | undefined): string {
  return collapseSpace(node?.textContent ?? '');
}

/** Characters of collapsed text inside `root`'s links: the link share the second looks before Readability weigh. */
export function linkTextLength(root: Element): number {
  let length = 0;
  for (const a of elementsByTag(root, 'a')) length += collapsedText(a).length;
  return length;
}

/** Tag and classes, in any order: what one template prints the same for every item (cards, comments, posts). */
export const templateSignature = (el: Element): string =>
  `${el.tagName} ${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' ')}`;

/** Caps a string for the audit trail; the reader sees what went without a megabyte of link farm. */
export function capText(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Han, kana and hangul are read without spaces: they count per character, not per word. */
export const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
