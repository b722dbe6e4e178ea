/**
 * A page's markup → a jsdom Document, parsed the way `new JSDOM(html)` parses it (no scripts, scripting off,
 * so `<noscript>` holds elements) but by the DOMParser of one window kept for many pages.
 *
 * Why not a JSDOM per page: a document with a window turns every `<style>` block into a CSSOM as it is parsed
 * (css-tree, then a declaration object per property), which on the Zyte pages was as long as the HTML parse
 * itself and two thirds of jsdom's time, for a style sheet nothing on the static path reads — static.ts and
 * cascade.ts read the `<style>` text. A parsed document has no window, and so no CSSOM, and the same nodes; it
 * also cleans the page whose CSS jsdom's parser threw on. The window is shared by the pages this thread parses
 * and is given to clean() for DOMPurify; only its address changes, so each page's links resolve against its own.
 *
 * Why not one window for the thread's whole life: jsdom lets every document queried in a window hang on to it (the
 * selector engine of each document adds listeners to the window that hold that document), so every page parsed
 * in it stayed in memory: after 100 Zyte pages the heap held 609 MB once collected, against 110 MB with renewal. So a
 * window that has parsed WINDOW_MARKUP characters is closed at the next page job's start and a new one made
 * (about 12 ms), which lets everything it held go.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** Markup a window parses before it is renewed: about 25 pages of the Zyte set's average 170 KB. */
export const WINDOW_MARKUP = 4_000_000;

let shared: JSDOM | null = null;
let parsed = 0;

/** The current window (DOMPurify binds to it, follow.ts joins pages in it). */
export function parserWindow(): Window {
  shared ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  return shared.window as unknown as Window;
}

/**
 * A new page job starts (its following pages, fetched later, belong to it): a window that has parsed
 * WINDOW_MARKUP characters is closed first, with every document made in it.
 */
export function startPageJob(): void {
  if (!shared || parsed < WINDOW_MARKUP) return;
  shared.window.close();
  shared = null;
  parsed = 0;
}

/** `html` parsed as a page at `url` (null: about:blank, as for stdin): the document's URL and base are `url`. */
export function parsePage(html: string, url: string | null): Document {
  parserWindow();
  const dom = shared!;
  parsed += html.length;
  // DOMParser gives its document the URL of the window's own document, so that is set to this page's first.
  dom.reconfigure({ url: url ?? 'about:blank' });
  return new dom.window.DOMParser().parseFromString(html, 'text/html');
}
