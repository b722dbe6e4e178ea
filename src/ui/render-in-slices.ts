/**
 * A very long article goes on screen in slices: its first screens at once, the rest between frames. Sanitising
 * and laying out a 100,000-element article at once keeps the reader looking at an empty page for two seconds or
 * more (issue 15); nobody reads past the first screen in that time.
 *
 * Every slice passes through the one purify configuration (core/purify.ts), and what is shown is DOMPurify's own
 * output. The article is parsed once into an inert document (DOMParser: no scripts run, nothing loads), exactly
 * as DOMPurify parses a string itself, and DOMPurify sanitises the parsed nodes slice by slice, never their HTML
 * parsed again (purifyParsed). Cuts fall only between the children of a plain flow container (div, section,
 * article, main); such a container is sanitised on its own, without its children, and kept as a shell only when
 * DOMPurify keeps it as the same element. The slices together are exactly the whole article sanitised at once
 * (test/unit/ui/render-in-slices.test.ts).
 *
 * Parsing the whole article is itself the longest wait before the first screen (a 2 MB article: 250 to 450 ms in
 * Chromium), so a very long article's first screens are shown from its first characters alone (parseHead), and
 * the whole is parsed after that frame is painted, to take their place.
 */
import { purifyParsed } from '../core/purify.js';

/** Elements per slice. */
export const SLICE_SIZES = {
  /** The first: a few screens of an article. */
  first: 300,
  /** The later ones at least: tens of milliseconds of sanitising each, so scrolling stays smooth meanwhile. */
  later: 2000,
};
/**
 * Past the first slices, each is at least this share of what is already in place. Every slice costs a layout of
 * the article so far, so slices of one size cost time in the square of its length: a 300,000-element article
 * took 18 s to fill in after its first screens, 115 tasks of about 240 ms each, the popup stuttering all along.
 * Slices that grow with it take 4 s in 17 tasks (the longest 430 ms), while the reader is on the first screens.
 */
const GROWTH = 0.25;
/** Containers whose children parse alike on their own: the only places a slice may end. */
const CUTTABLE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export interface Slicing {
  /** Whether this rendering is still wanted: a newer article shown in the same place stops it. */
  current(): boolean;
  /** Waits between two slices; the first wait is where the first slice is painted. */
  pause(): Promise<void>;
  /** Elements per slice (tests cut small articles small). */
  sizes?: typeof SLICE_SIZES;
}

/** Characters of article HTML parsed for its first screens: tens of screens of text, a few milliseconds. */
const HEAD_CHARS = 64_000;

/** The article parsed, inert, with its element count. */
export function parseInert(html: string, win: Window): { body: HTMLElement; elements: number } {
  const body = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html').body;
  return { body, elements: body.getElementsByTagName('*').length };
}

/**
 * The article's first characters parsed, inert, to show its first screens before the whole is parsed. What the cut
 * left unfinished goes: the elements still open at the cut hold only the first part of what they hold. A plain
 * container stays, as the shell of its finished children; the first element or text the cut ran into is taken
 * off with all after it. What is left is the start of the article, in order, never a part of one out of place.
 */
export function parseHead(html: string, win: Window): { body: HTMLElement; elements: number } {
  // Cut before a tag: a tag cut in half is dropped by the parser anyway, and text cut in half is taken off below.
  const cut = html.length <= HEAD_CHARS ? html.length : Math.max(html.lastIndexOf('<', HEAD_CHARS), 0);
  const { body } = parseInert(html.slice(0, cut), win);
  if (cut < html.length) {
    let open: ChildNode | null = body.lastChild;
    while (open && open.nodeType === 1 && CUTTABLE.has(open.nodeName)) open = open.lastChild;
    open?.remove();
  }
  return { body, elements: body.getElementsByTagName('*').length };
}

/**
 * Sanitises only the first slice of `source`'s children into `target`, as renderInSlices would, and says how many
 * of `source`'s elements it took.
 */
export function renderFirstSlice(source: HTMLElement, target: Element, win: Window, sizes = SLICE_SIZES): number {
  const state = { budget: sizes.first, later: sizes.later, shown: 0 };
  fill(source, target, state, win).next();
  return state.shown;
}

/**
 * Sanitises `source`'s children into `target` slice by slice. The first slice is appended before this returns
 * its promise (the caller can mark it shown); the rest follow each `pause`. Resolves when all are in, or as soon
 * as `current()` says a newer article took the place.
 */
export function renderInSlices(source: HTMLElement, target: Element, win: Window, slicing: Slicing): Promise<void> {
  const sizes = slicing.sizes ?? SLICE_SIZES;
  const slices = fill(source, target, { budget: sizes.first, later: sizes.later, shown: 0 }, win);
  let step = slices.next(); // the first slice, appended now
  const rest = async (): Promise<void> => {
    while (!step.done) {
      await slicing.pause();
      if (!slicing.current()) return;
      step = slices.next();
    }
  };
  return rest();
}

/**
 * Appends `from`'s children to `into`, sanitised, in document order, and yields after each slice. A child larger
 * than the slice is descended into when it is a plain container DOMPurify keeps as it is.
 */
function* fill(
  from: Element,
  into: Element,
  state: { budget: number; later: number; shown: number },
  win: Window,
): Generator<void> {
  const doc = from.ownerDocument;
  let batch: Node[] = [];
  let size = 0;
  function flush(): boolean {
    if (!batch.length) return false;
    const holder = doc.createElement('body');
    holder.append(...batch);
    into.append(purifyParsed(holder, win));
    batch = [];
    state.shown += size;
    size = 0;
    state.budget = Math.max(state.later, Math.floor(state.shown * GROWTH));
    return true;
  }
  for (const child of Array.from(from.childNodes)) {
    const elements = child.nodeType === 1 ? (child as Element).getElementsByTagName('*').length + 1 : 0;
    if (elements > state.budget) {
      const shell = CUTTABLE.has(child.nodeName) ? sanitisedShell(child as Element, win) : null;
      if (shell) {
        if (flush()) yield;
        into.append(shell);
        yield* fill(child as Element, shell, state, win);
        continue;
      }
    }
    batch.push(child);
    size += elements;
    if (size >= state.budget && flush()) yield;
  }
  if (flush()) yield;
}

/** The element alone, sanitised: its copy when DOMPurify keeps it as the same element, else null. */
function sanitisedShell(el: Element, win: Window): Element | null {
  const holder = el.ownerDocument.createElement('body');
  holder.append(el.cloneNode(false));
  const out = purifyParsed(holder, win);
  const only = out.firstChild;
  return out.childNodes.length === 1 && only?.nodeName === el.nodeName ? (only as Element) : null;
}
