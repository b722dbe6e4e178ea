/**
 * A page's prepared copy (prepare-clean.ts: what the reader cannot see gone) on its way from the live page to the
 * extension document that takes out its spam and extracts its article (src/extractor/): serialised as HTML in the
 * page, parsed again there. Both ends are here so the round trip is tested as one.
 *
 *   live page ──► prepareClean ──► serialiseClone ──(message)──► parsePrepared ──► finishClean ──► Article
 */
import type { Removal } from './types.js';

export interface PreparedPage {
  /** The prepared copy as HTML, its doctype first (which keeps the page's parsing mode). */
  html: string;
  /** The page's address, which the parsed copy reports as its own (site names, same-page links). */
  url: string;
  /** What the copy's relative links resolve against while it holds a `<base>` (the copy's `baseURI`). */
  baseURI: string;
  /** What the live side removed: what the reader cannot see. */
  removed: Removal[];
}

/** `clone` as HTML, with a doctype that gives a parser the same mode (quirks or not) the page had. */
export function serialiseClone(clone: Document): string {
  const type = clone.doctype;
  const ids = !type
    ? ''
    : type.publicId
      ? ` PUBLIC "${type.publicId}"${type.systemId ? ` "${type.systemId}"` : ''}`
      : type.systemId
        ? ` SYSTEM "${type.systemId}"`
        : '';
  return `${type ? `<!DOCTYPE ${type.name}${ids}>` : ''}${clone.documentElement?.outerHTML ?? ''}`;
}

/**
 * The prepared copy as a document again, parsed by `parser` (an inert document: nothing in it runs or loads).
 * A parsed document's address is its parser's — the extension page's — so it gets the page's as its own: the
 * address as `URL` and `documentURI` (what the extraction reads: the site's host, Readability's test for links
 * within the page), and a `baseURI` that answers as the copy's own did: the base the browser gave the copy while it
 * still holds a `<base>`, the page's address once none is left (Readability moves a `<base>` in the body out of the
 * document with the article before it resolves the article's links). Not through the `<base>` itself: the extension
 * pages' policy (`base-uri 'none'`) holds in the documents they parse, and the browser would ignore it.
 */
export function parsePrepared(page: PreparedPage, parser: DOMParser): Document {
  const doc = parser.parseFromString(page.html, 'text/html');
  Object.defineProperty(doc, 'URL', { value: page.url });
  Object.defineProperty(doc, 'documentURI', { value: page.url });
  Object.defineProperty(doc, 'baseURI', {
    get: () => (doc.querySelector('base[href]') ? page.baseURI : page.url),
  });
  return doc;
}
