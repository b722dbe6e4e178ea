/**
 * Decoded page text → Article, parsed by jsdom the way a browser would (no scripts run, no subresources
 * load — jsdom's defaults) and cleaned by the same core pipeline as the extension.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../core/clean.js';
import type { Article } from '../core/types.js';

export function extractArticle(html: string, url: string | null): Article | null {
  // A silent console: jsdom would otherwise print every CSS it cannot parse to stderr, page after page.
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    return clean(dom.window.document, { window: dom.window as unknown as Window, ...(url ? { url } : {}) });
  } finally {
    dom.window.close(); // frees the document at once; batches of thousands of pages otherwise pile up
  }
}
