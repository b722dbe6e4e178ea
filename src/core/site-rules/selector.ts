/**
 * A CSS selector for a block the reader pointed at, meant to find the same block on the site's next article:
 *
 *   element ─► anchor: the nearest of itself and its ancestors with a name that is unique on the page and looks
 *              stable (`#story`, `div.article-body`, `main`) ─► a child path down from it, each step `tag`, or
 *              `tag.class` where siblings need telling apart, `:nth-of-type(n)` only where nothing else does
 *
 * Names a build tool or CMS generated for this one page are never used (stable-name.ts), and the fewest classes
 * that do the job are, since any one of them may change between articles (WordPress's `category-news`). The
 * result always matches exactly `element` on its own page: if the short form does not, the full
 * `html > body > … :nth-of-type` path is returned.
 */
import { isStableName } from './stable-name.js';
import { childElements } from '../dom.js';

/** Tags a page has one of by design: named alone, they are an anchor (a `<p>` used once is a coincidence). */
const LANDMARKS = new Set(['main', 'article', 'aside', 'nav', 'header', 'footer']);

const stableClasses = (el: Element): string[] => [...el.classList].filter(isStableName);

const matchesOnly = (doc: Document, selector: string, el: Element): boolean => {
  const found = doc.querySelectorAll(selector);
  return found.length === 1 && found[0] === el;
};

/** `el` named on its own, if that is unique on the page: a stable id, a landmark tag used once, or a tag with one class. */
function anchorOf(el: Element): string | null {
  const doc = el.ownerDocument;
  if (el.id && isStableName(el.id) && matchesOnly(doc, `#${el.id}`, el)) return `#${el.id}`;
  if (LANDMARKS.has(el.localName) && matchesOnly(doc, el.localName, el)) return el.localName;
  for (const name of stableClasses(el)) {
    const selector = `${el.localName}.${name}`;
    if (matchesOnly(doc, selector, el)) return selector;
  }
  return null;
}

const nthOfType = (el: Element): number => {
  let n = 1;
  for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
    if (sibling.localName === el.localName) n++;
  return n;
};

/** One step of a child path: as little as tells `el` from its siblings. */
function stepOf(el: Element): string {
  const siblings = (el.parentElement ? childElements(el.parentElement) : []).filter((s) => s !== el);
  const tag = el.localName;
  if (!siblings.some((s) => s.localName === tag)) return tag;
  for (const name of stableClasses(el))
    if (!siblings.some((s) => s.localName === tag && s.classList.contains(name))) return `${tag}.${name}`;
  return `${tag}:nth-of-type(${nthOfType(el)})`;
}

/** The full path from the root, position by position: unique on the page by construction. */
function fullPath(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement)
    steps.unshift(node.parentElement ? `${node.localName}:nth-of-type(${nthOfType(node)})` : node.localName);
  return steps.join(' > ');
}

export function selectorFor(element: Element): string {
  const doc = element.ownerDocument;
  const steps: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const anchor = node.localName === 'body' || !node.parentElement ? node.localName : anchorOf(node);
    if (anchor) {
      const selector = [anchor, ...steps].join(' > ');
      return matchesOnly(doc, selector, element) ? selector : fullPath(element);
    }
    steps.unshift(stepOf(node));
  }
  return fullPath(element);
}
