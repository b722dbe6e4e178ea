/**
 * One following page of a multi-page article, read from the page's own context (issue 16): a same-origin fetch
 * (no new permission, no other host ever — a redirect ends it, it is never followed), decoded as a browser would
 * (the HTTP charset, then the `<meta>` prescan, then the first page's own encoding: the same site writes its
 * pages alike), and parsed by DOMParser into an inert document: nothing in it runs or loads.
 *
 *   url ─► fetch (same origin, no redirect) ─► bytes ─► charset ─► TextDecoder ─► DOMParser ─► <base href=url>
 */
import { charsetParam, prescanMeta, resolveLabel } from '../core/charset-prescan.js';
import type { LoadedPage } from '../core/pages/follow.js';

/** A page bigger than this is not an article page: it is not read (the extension's page limits are far below). */
const MAX_BYTES = 5 * 1024 * 1024;

export async function fetchPage(url: string, signal: AbortSignal, own: Document): Promise<LoadedPage | null> {
  if (new URL(url).origin !== new URL(own.URL).origin) return null;
  const response = await fetch(url, { signal, redirect: 'error', credentials: 'same-origin' });
  if (
    !response.ok ||
    !/^(?:text\/html|application\/xhtml\+xml)\b/i.test(response.headers.get('content-type') ?? 'text/html')
  )
    return null;
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) return null;
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > MAX_BYTES) return null;
  // Copied into an array of the script's own: in Firefox the fetched buffer belongs to another compartment, and
  // `subarray` on a view of it (the <meta> prescan) throws "Permission denied to access property constructor".
  const bytes = new Uint8Array(body.length);
  bytes.set(body);
  const encoding =
    bomEncoding(bytes) ??
    resolveLabel(charsetParam(response.headers.get('content-type'))) ??
    prescanMeta(bytes) ??
    own.characterSet;
  const text = new TextDecoder(encoding).decode(bytes);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  // A parsed document's links would resolve against the first page; this page's own address is their base.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return { doc, url };
}

/** A byte-order mark outranks every declaration, in browsers as in the Encoding Standard. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}
