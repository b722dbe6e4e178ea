/**
 * Article → Markdown with YAML front matter, for the CLI's `--format markdown` and the extension's save
 * feature. Pure: the HTML is parsed by the DOMParser passed in (jsdom's in Node, the page's in the
 * extension); without one, turndown parses it itself (domino in its Node build, the global DOMParser in
 * its browser build).
 *
 * GitHub-flavoured: tables, strikethrough and task lists via turndown-plugin-gfm; fenced code blocks keep
 * the `language-*` class as the fence's info string (extract/code-blocks.ts leaves it there); formulas are
 * written as TeX, `$…$` inline and `$$…$$` on their own lines (extract/math.ts keeps the TeX in `alttext`).
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { Article } from '../types.js';
import { texFor } from './mathml-tex.js';
import { collapseSpace } from '../dom.js';

export interface MarkdownOptions {
  /** Parses `article.content`; pass `new window.DOMParser()` to keep turndown off any global document. */
  domParser?: Pick<DOMParser, 'parseFromString'>;
  /** When the reader saved the article (ISO 8601); written to the front matter as `saved`. */
  saved?: string;
}

/** Conversion settings, declared once: ATX headings and fences read best as plain text and diff cleanly. */
const TURNDOWN_OPTIONS: TurndownService.Options = {
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  fence: '```',
  bulletListMarker: '-',
  emDelimiter: '_',
  strongDelimiter: '**',
  hr: '---',
};

export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const service = new TurndownService(TURNDOWN_OPTIONS).use(gfm);
  service.addRule('math', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (_content, node) => {
      const math = node as unknown as Element;
      const tex = texFor(math);
      if (!tex) return '';
      return math.getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
  const input = options.domParser
    ? options.domParser.parseFromString(`<!DOCTYPE html><body>${article.content}`, 'text/html').body
    : article.content;
  const body = service.turndown(input).trim();
  // Readability usually leaves the headline out of the content; add it back unless the body opens with it.
  const heading = startsWithTitle(body, article.title) || !article.title ? '' : `# ${oneLine(article.title)}\n\n`;
  return `${frontMatter(article, options.saved)}${heading}${body}\n`;
}

function startsWithTitle(markdown: string, title: string): boolean {
  const first = markdown.split('\n', 1)[0] ?? '';
  return /^#{1,6}\s/.test(first) && oneLine(first.replace(/^#{1,6}\s+/, '')) === oneLine(title);
}

const oneLine = (text: string) => collapseSpace(text);

/**
 * YAML front matter. Every value is written as a JSON string, which YAML reads as a double-quoted scalar —
 * so titles with colons, quotes or `#` never need case-by-case escaping. Missing fields are left out.
 */
export function frontMatter(article: Article, saved?: string): string {
  const fields: Array<[string, string | null]> = [
    ['title', article.title],
    ['author', article.byline],
    ['site', article.siteName],
    ['source', article.url],
    ['published', article.publishedTime],
    ['saved', saved ?? null],
    ['lang', article.lang],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(oneLine(value!))}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}
