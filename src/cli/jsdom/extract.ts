/**
 * Decoded page text → Article, parsed by jsdom the way a browser would (no scripts run, no subresources
 * load — jsdom's defaults) and cleaned by the same core pipeline as the extension.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../../core/clean.js';
import { PAGE_LIMITS } from '../../core/limits.js';
import { InputError } from '../errors.js';
import { tooManyElements, tooMuchText } from '../refusals.js';
import type { Article } from '../../core/types.js';

export function extractArticle(html: string, url: string | null): Article | null {
  // A silent console: jsdom would otherwise print every CSS it cannot parse to stderr, page after page.
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    // The extension's limits, checked before the expensive part, so a batch never stalls on one huge page.
    const doc = dom.window.document;
    const elements = doc.getElementsByTagName('*').length;
    if (elements > PAGE_LIMITS.maxElements) throw new InputError(tooManyElements(elements));
    const text = doc.body?.textContent?.length ?? 0;
    if (text > PAGE_LIMITS.maxText) throw new InputError(tooMuchText(text));
    return clean(dom.window.document, { window: dom.window as unknown as Window, ...(url ? { url } : {}) });
  } finally {
    dom.window.close(); // frees the document at once; batches of thousands of pages otherwise pile up
  }
}
