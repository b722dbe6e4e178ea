/**
 * Readability as the pipeline runs it: on a prepared document, keeping classes (the prune rules read them), its
 * article as nodes of that document (no serialising and parsing again), and with its visibility test answered
 * the cheap way where the answer cannot differ.
 *
 * Readability asks of every element whether it is visible, and reads `node.style.display` and
 * `node.style.visibility` to know: a browser builds a style declaration object for each element asked, which on a
 * 100,000-element page was the largest single cost of Readability's walk (80 ms of its 600 in Chromium). `style`
 * reflects only the inline `style` attribute, so an element without one has neither `display: none` nor
 * `visibility: hidden` there: the style part of the test is skipped for it, and every other element gets
 * Readability's own test. The answer is Readability's in every case (test/unit/extract/run-readability.test.ts).
 * Its lookups of one tag name go through the tag-name index rather than a selector (`withTagIndex`): the CLI's
 * jsdom is slow on selectors, and the elements are the same (test/unit/core/dom-walks.property.test.ts).
 */
import { Readability } from '@mozilla/readability';

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability's private helpers (0.6.0) this module replaces, reached through the instance. */
interface Internals {
  _isProbablyVisible?: (node: Element) => boolean;
  _getAllNodesWithTag?: (node: Element | Document, tagNames: string[]) => ArrayLike<Element>;
}

/** The test without the inline style, for an element that has none: Readability's remaining conditions. */
function visibleWithoutStyle(node: Element): boolean {
  if (node.hasAttribute('hidden')) return false;
  if (node.getAttribute('aria-hidden') !== 'true') return true;
  const className = (node as { className?: unknown }).className;
  return typeof className === 'string' && className.includes('fallback-image');
}

/** Readability's visibility test `own`, with the style part skipped for an element without a `style` attribute. */
export const withQuickStyleCheck =
  (own: (node: Element) => boolean) =>
  (node: Element): boolean =>
    node.hasAttribute('style') ? Boolean(own(node)) : visibleWithoutStyle(node);

/**
 * Readability's lookup of `root`'s elements by tag name (`_getAllNodesWithTag`), with a lookup of one tag read
 * through the tag-name index instead of a selector: the same elements, in document order, as a static list. jsdom
 * runs every selector through its engine, a third slower than its `getElementsByTagName`; browsers answer both
 * natively. Lookups of several tags keep Readability's own selector (a walk instead would be slower in browsers).
 */
export const withTagIndex =
  (own: (root: Element | Document, tagNames: string[]) => ArrayLike<Element>) =>
  (root: Element | Document, tagNames: string[]): ArrayLike<Element> =>
    tagNames.length === 1 ? Array.from(root.getElementsByTagName(tagNames[0]!)) : own(root, tagNames);

/** Readability's article of `doc` (which it takes apart), or null as Readability says. */
export function runReadability(doc: Document, charThreshold: number): Parsed {
  const reader = new Readability<Element>(doc, {
    keepClasses: true,
    charThreshold,
    serializer: (node) => node as Element,
  });
  const internals = reader as unknown as Internals;
  const own = internals._isProbablyVisible;
  // A later Readability without these methods keeps its own, whatever they are now.
  if (typeof own === 'function') internals._isProbablyVisible = withQuickStyleCheck(own.bind(reader));
  const byTag = internals._getAllNodesWithTag;
  if (typeof byTag === 'function') internals._getAllNodesWithTag = withTagIndex(byTag.bind(reader));
  return reader.parse();
}
