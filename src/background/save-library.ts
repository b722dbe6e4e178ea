/**
 * "Save to library" from the popup or reader. The write happens here, in the background, so the popup
 * closing a moment after the click cannot abort it: once the page shows "Saved", the transaction has
 * committed. The page purified the article before sending it (this context may have no DOM: Chrome's
 * service worker), and every page that shows a saved article purifies it again at its sink.
 */
import type { Protocol, Response } from '../messages/protocol.js';
import { saveArticle } from '../storage/library.js';

export function saveToLibrary({ article, script }: Protocol['library-save'][0]): Promise<Response<'library-save'>> {
  return saveArticle(article, script);
}
