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
 *
 * A short article is taken as Readability first found it, where its later, looser attempts only add the page
 * around it (short-article.ts).
 */
import { Readability } from '@mozilla/readability';
import { firstAttemptStands } from './short-article.js';

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability's private visibility test (0.6.0: `_isProbablyVisible`), reached through the instance. */
interface VisibilityTest {
  _isProbablyVisible?: (node: Element) => boolean;
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

/** Readability's article of `doc` (which it takes apart), or null as Readability says. */
export function runReadability(doc: Document, charThreshold: number): Parsed {
  const reader = new Readability<Element>(doc, {
    keepClasses: true,
    charThreshold,
    serializer: (node) => node as Element,
  });
  const test = reader as unknown as VisibilityTest;
  const own = test._isProbablyVisible;
  // A later Readability without this method keeps its own test, whatever it is now.
  if (typeof own === 'function') test._isProbablyVisible = withQuickStyleCheck(own.bind(reader));
  const attempts = recordAttempts(reader);
  const parsed = reader.parse();
  const first = attempts[0]?.articleContent;
  const picked = parsed?.content;
  if (!parsed || !picked || !first || first === picked || !firstAttemptStands(first, picked)) return parsed;
  // What parse() does to the article it returns: links and images made absolute, wrappers of one child unwrapped.
  (reader as unknown as Internals)._postProcessContent?.(first);
  const textContent = first.textContent ?? '';
  // Without a description in the page's metadata, Readability's excerpt is its own pick's first paragraph.
  const pickedOpening = picked.querySelector('p')?.textContent?.trim();
  const excerpt =
    parsed.excerpt && parsed.excerpt === pickedOpening ? first.querySelector('p')?.textContent?.trim() : parsed.excerpt;
  return { ...parsed, content: first, textContent, length: textContent.length, excerpt };
}

/** Readability's attempts at the article, in the order it made them (0.6.0 sorts its own list by length). */
interface Attempt {
  articleContent: Element;
  textLength: number;
}
interface Internals {
  _attempts?: Attempt[];
  _postProcessContent?: (article: Element) => void;
}

function recordAttempts(reader: Readability<Element>): Attempt[] {
  const internals = reader as unknown as Internals;
  const tried: Attempt[] = [];
  const list = internals._attempts;
  if (!Array.isArray(list)) return tried;
  const push = list.push;
  list.push = (...items: Attempt[]): number => {
    tried.push(...items);
    return push.apply(list, items);
  };
  return tried;
}

/** The names Readability removes before scoring (0.6.0's `REGEXPS.unlikelyCandidates`) and those that spare them. */
export interface ReadabilityNames {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
}

/** The names Readability distrusts, as the library defines them; null if a later one moves them. */
export function readabilityNames(): ReadabilityNames | null {
  const names = (Readability.prototype as unknown as { REGEXPS?: Record<string, unknown> }).REGEXPS;
  const unlikelyCandidates = names?.unlikelyCandidates;
  const okMaybeItsACandidate = names?.okMaybeItsACandidate;
  return unlikelyCandidates instanceof RegExp && okMaybeItsACandidate instanceof RegExp
    ? { unlikelyCandidates, okMaybeItsACandidate }
    : null;
}
