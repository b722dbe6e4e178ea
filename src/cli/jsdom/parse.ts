/**
 * A page's markup → a jsdom Document, parsed the way `new JSDOM(html)` parses it (no scripts, scripting off,
 * so `<noscript>` holds elements) but by the DOMParser of one window kept for the thread's whole life.
 *
 * Why not a JSDOM per page: a document with a window turns every `<style>` block into a CSSOM as it is parsed
 * (css-tree, then a declaration object per property), which on the Zyte pages was as long as the HTML parse
 * itself and two thirds of jsdom's time, for a style sheet nothing on the static path reads — static.ts and
 * cascade.ts read the `<style>` text. A parsed document has no window, and so no CSSOM, and the same nodes; it
 * also cleans the page whose CSS jsdom's parser threw on. The window is shared by every page this thread parses
 * and is given to clean() for DOMPurify; only its address changes, so each page's links resolve against its own.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

let shared: JSDOM | null = null;

/** The thread's one window (DOMPurify binds to it, follow.ts joins pages in it). */
export function parserWindow(): Window {
  shared ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  return shared.window as unknown as Window;
}

/** `html` parsed as a page at `url` (null: about:blank, as for stdin): the document's URL and base are `url`. */
export function parsePage(html: string, url: string | null): Document {
  parserWindow();
  const dom = shared!;
  // DOMParser gives its document the URL of the window's own document, so that is set to this page's first.
  dom.reconfigure({ url: url ?? 'about:blank' });
  return new dom.window.DOMParser().parseFromString(html, 'text/html');
}
