/** Copies the article as rich HTML (for editors and mail) with plain text beside it (for everything else). */
import type { Article } from '../core/types.js';
import { purify } from '../core/purify.js';

export async function copyArticle(win: Window, article: Article): Promise<void> {
  const heading = `<h1>${escapeHtml(article.title)}</h1>`;
  const source = /^https?:/.test(article.url)
    ? `<p><a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>`
    : '';
  const html = purify(`${heading}${source}${article.content}`, win);
  const text = [article.title, article.url, '', article.textContent].join('\n');
  const ClipboardItemCtor = (win as unknown as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (ClipboardItemCtor && win.navigator.clipboard?.write) {
    await win.navigator.clipboard.write([
      new ClipboardItemCtor({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
  } else {
    await win.navigator.clipboard.writeText(text);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
