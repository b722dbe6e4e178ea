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
 * around it (short-article.ts). Where that first attempt came out empty because Readability's conditional cleaning
 * took the whole of it (an event's one-line description over its facts, beside two links: "a little linky" in so
 * short a block), the same candidate without that cleaning is what is weighed: the looser attempt Readability keeps
 * instead is not cleaned that way either, and holds it with the page around it.
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
  keepNamesOfUnwrappedBoxes(reader);
  const attempts = recordAttempts(reader);
  const preps = recordPreps(reader);
  const parsed = reader.parse();
  const picked = parsed?.content;
  if (!parsed || !picked || !attempts[0] || attempts[0].articleContent === picked) return parsed;
  let first: Element | null = attempts[0].articleContent;
  if (!firstAttemptStands(first, picked)) {
    // The pick is one of the recorded attempts, or else the last one made (it reached the threshold).
    const recorded = attempts.findIndex((attempt) => attempt.articleContent === picked);
    first = preparedWithoutCleaning(reader, preps, recorded >= 0 ? recorded : preps.flags.length - 1);
    if (!first || !firstAttemptStands(first, picked)) return parsed;
  }
  // What parse() does to the article it returns: links and images made absolute, wrappers of one child unwrapped.
  (reader as unknown as Internals)._postProcessContent?.(first);
  const textContent = first.textContent ?? '';
  // Without a description in the page's metadata, Readability's excerpt is its own pick's first paragraph.
  const pickedOpening = picked.querySelector('p')?.textContent?.trim();
  const excerpt =
    parsed.excerpt && parsed.excerpt === pickedOpening ? first.querySelector('p')?.textContent?.trim() : parsed.excerpt;
  return { ...parsed, content: first, textContent, length: textContent.length, excerpt };
}

/** Readability's private helpers the unwrapping below goes through (0.6.0). */
interface Unwrapping {
  _hasSingleTagInsideElement?: (element: Element, tag: string) => boolean;
  _getLinkDensity?: (element: Element) => number;
}

/**
 * The names of a box of text Readability turns into a paragraph. It wraps a `<div>`'s loose text in a new `<p>` and,
 * the `<div>` then holding that one paragraph, puts the paragraph in its place: the `<div class="credit">`'s name, or
 * a `byline`'s, is gone, and the prune rules that know such boxes by name (captions.ts, dateline.ts…) cannot find it.
 * Where Readability unwraps a box of one `<div>` it copies the box's attributes onto the child (`_simplifyNestedElements`);
 * here a paragraph with no name of its own (the one Readability made, or a bare `<p>`) gets the box's class and id,
 * Winnow's own marks (a kicker's) and the site's `data-nosnippet`, at the moment Readability asks whether it is
 * about to unwrap (the same test and link-density bound it applies next); a paragraph named by the page keeps its
 * own names. Nothing else changes: Readability's scoring reads the names of a paragraph's ancestors, not the
 * paragraph's.
 */
export function keepNamesOfUnwrappedBoxes(reader: Readability<Element>): void {
  const internals = reader as unknown as Unwrapping;
  const single = internals._hasSingleTagInsideElement;
  const density = internals._getLinkDensity;
  if (typeof single !== 'function' || typeof density !== 'function') return;
  internals._hasSingleTagInsideElement = function (this: unknown, element: Element, tag: string): boolean {
    const answer = single.call(this, element, tag);
    if (!answer || tag !== 'P' || element.tagName !== 'DIV' || density.call(this, element) >= UNWRAP_MAX_LINK_DENSITY)
      return answer;
    const paragraph = element.firstElementChild!;
    const names = element.getAttribute('class');
    if (names && !paragraph.hasAttribute('class')) paragraph.setAttribute('class', names);
    if (element.id && !paragraph.id) paragraph.id = element.id;
    for (const { name, value } of Array.from(element.attributes))
      if ((name.startsWith(OWN_MARK) || name === NO_SNIPPET) && !paragraph.hasAttribute(name))
        paragraph.setAttribute(name, value);
    return answer;
  };
}
/** The prefix of the attributes Winnow marks the page's boxes with before Readability runs. */
const OWN_MARK = 'data-winnow-';
/** The site's own mark of what is not its text (prune/no-snippet.ts). */
const NO_SNIPPET = 'data-nosnippet';
/** Readability unwraps a box of one paragraph under this link density (0.6.0, `_grabArticle`). */
const UNWRAP_MAX_LINK_DENSITY = 0.25;

/** Readability's attempts at the article, in the order it made them (0.6.0 sorts its own list by length). */
interface Attempt {
  articleContent: Element;
  textLength: number;
}
interface Internals {
  _attempts?: Attempt[];
  _postProcessContent?: (article: Element) => void;
  _prepArticle?: (article: Element) => void;
  _flags?: number;
  FLAG_CLEAN_CONDITIONALLY?: number;
}

/** A first attempt's content longer than this is no short article: it is not copied. */
const MAX_FIRST_CANDIDATE = 5000;

/** What Readability's clean-up was given: the first candidate (a copy, if short) and the flags of every call. */
interface Preps {
  firstCandidate: Element | null;
  flags: number[];
  /** Readability's own clean-up, unrecorded. */
  prep: ((article: Element) => void) | null;
}

/** Readability's clean-up calls, filled in by parse(). */
function recordPreps(reader: Readability<Element>): Preps {
  const internals = reader as unknown as Internals;
  const prep = internals._prepArticle;
  const preps: Preps = { firstCandidate: null, flags: [], prep: typeof prep === 'function' ? prep : null };
  if (typeof prep !== 'function') return preps;
  internals._prepArticle = function (this: unknown, article: Element): void {
    if (preps.flags.length === 0 && (article.textContent?.length ?? 0) <= MAX_FIRST_CANDIDATE)
      preps.firstCandidate = article.cloneNode(true) as Element;
    preps.flags.push(internals._flags ?? 0);
    prep.call(this, article);
  };
  return preps;
}

/**
 * The first candidate cleaned up as Readability cleaned it, all but the conditional cleaning, and wrapped as
 * Readability wraps a page; null if there is none, or this Readability's internals are not the ones known.
 */
function preparedWithoutCleaning(reader: Readability<Element>, preps: Preps, pickedAt: number): Element | null {
  const internals = reader as unknown as Internals;
  const { _flags: flags, FLAG_CLEAN_CONDITIONALLY: clean } = internals;
  const { firstCandidate: candidate, prep } = preps;
  if (!candidate || !prep || typeof flags !== 'number' || typeof clean !== 'number') return null;
  // Only against a pick that was not cleaned that way either: then the candidate uncleaned is a part of it.
  const pickedFlags = preps.flags[pickedAt];
  if (pickedFlags === undefined || pickedFlags & clean) return null;
  internals._flags = preps.flags[0]! & ~clean;
  try {
    prep.call(reader, candidate);
  } finally {
    internals._flags = flags;
  }
  const doc = candidate.ownerDocument;
  const page = doc.createElement('div');
  page.id = 'readability-page-1';
  page.className = 'page';
  while (candidate.firstChild) page.appendChild(candidate.firstChild);
  const article = doc.createElement('div');
  article.appendChild(page);
  return article;
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
