/**
 * One Article → the text printed for it, per output format. Batch framing (JSON arrays, `==> file <==`
 * headers) is output.ts's job; this file only renders a single article.
 */
import { JSDOM } from 'jsdom';
import { toMarkdown } from '../core/export/markdown.js';
import type { Article } from '../core/types.js';
import { collapseSpace } from '../core/dom.js';

export const FORMATS = ['text', 'json', 'jsonl', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** "byline · site · date", leaving out what the page did not say. */
export function metaLine(article: Article): string {
  return [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
}

const oneLine = (text: string) => collapseSpace(text);

/** Whether the body opens with the headline itself (Readability often keeps the page's <h1>). */
export function bodyStartsWithTitle(article: Article): boolean {
  const first = article.textContent.split('\n\n', 1)[0] ?? '';
  return oneLine(first) === oneLine(article.title);
}

/** Title, meta line, blank line, then the text, whose paragraphs are already separated by blank lines. */
export function formatText(article: Article): string {
  const meta = metaLine(article);
  // The headline is printed once, at the top, even when the body repeats it.
  const body = bodyStartsWithTitle(article)
    ? article.textContent.slice(article.textContent.indexOf('\n\n') + 2)
    : article.textContent;
  return `${article.title}\n${meta ? `${meta}\n` : ''}\n${body}\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small stylesheet so a saved page is pleasant to read when opened as is. */
const HTML_STYLE =
  'body{max-width:42em;margin:2em auto;padding:0 1em;font:1.1em/1.7 system-ui,sans-serif}' +
  'img,video{max-width:100%;height:auto}pre{overflow:auto}.meta{color:#666}';

/**
 * A standalone HTML document. `article.content` is core's purified HTML and goes in unchanged: all HTML
 * Winnow emits passes through that one sanitiser, and only there.
 */
export function formatHtml(article: Article): string {
  const attrs = [
    article.lang ? ` lang="${escapeHtml(article.lang)}"` : '',
    article.dir ? ` dir="${article.dir}"` : '',
  ].join('');
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title)}</title>`,
    article.byline ? `<meta name="author" content="${escapeHtml(article.byline)}">` : '',
    /^https?:/i.test(article.url) ? `<link rel="canonical" href="${escapeHtml(article.url)}">` : '',
    `<style>${HTML_STYLE}</style>`,
  ].filter(Boolean);
  const meta = metaLine(article);
  return `<!DOCTYPE html>
<html${attrs}>
<head>
${head.join('\n')}
</head>
<body>
<article>
${bodyStartsWithTitle(article) ? '' : `<h1>${escapeHtml(article.title)}</h1>\n`}${meta ? `<p class="meta">${escapeHtml(meta)}</p>\n` : ''}${article.content}
</article>
</body>
</html>
`;
}

let parser: DOMParser | null = null;

/** Markdown via core's exporter, with one jsdom DOMParser shared by every article of a run. */
export function formatMarkdown(article: Article): string {
  parser ??= new new JSDOM('').window.DOMParser();
  return toMarkdown(article, { domParser: parser });
}

export function formatJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
