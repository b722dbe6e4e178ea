import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { frontMatter, toMarkdown } from '../../../src/core/export/markdown.js';
import type { Article } from '../../../src/core/types.js';
import { formatHtml, formatText } from '../../../src/cli/format.js';

const article = (overrides: Partial<Article> = {}): Article => ({
  url: 'https://news.example/a/1',
  title: 'Title: "quoted" # not a comment',
  byline: '張春曉',
  siteName: 'Example News',
  lang: 'zh-Hant',
  dir: null,
  publishedTime: '2021-03-12',
  excerpt: null,
  content: '<div><p>First paragraph.</p><p>Second <strong>bold</strong>.</p></div>',
  textContent: 'First paragraph.\n\nSecond bold.',
  length: 29,
  removed: [],
  ...overrides,
});
const domParser = new new JSDOM('').window.DOMParser();

describe('text format', () => {
  it('prints title, a byline · site · date line, a blank line, then the paragraphs', () => {
    expect(formatText(article())).toBe(
      'Title: "quoted" # not a comment\n張春曉 · Example News · 2021-03-12\n\nFirst paragraph.\n\nSecond bold.\n',
    );
  });

  it('leaves out an empty meta line and a headline the body repeats', () => {
    const text = formatText(
      article({ byline: null, siteName: null, publishedTime: null, title: 'Head', textContent: 'Head\n\nBody.' }),
    );
    expect(text).toBe('Head\n\nBody.\n');
  });
});

describe('html format', () => {
  it('is a standalone UTF-8 document with the escaped title and the content unchanged', () => {
    const html = formatHtml(article({ title: 'A <b>&</b>' }));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-Hant">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>A &lt;b&gt;&amp;&lt;/b&gt;</title>');
    expect(html).toContain('<link rel="canonical" href="https://news.example/a/1">');
    expect(html).toContain(article().content);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('A <b>&</b>');
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});

describe('toMarkdown', () => {
  it('writes YAML front matter that a YAML reader gets back exactly', () => {
    const yaml = frontMatter(article());
    expect(yaml).toBe(
      '---\ntitle: "Title: \\"quoted\\" # not a comment"\nauthor: "張春曉"\nsite: "Example News"\n' +
        'source: "https://news.example/a/1"\npublished: "2021-03-12"\nlang: "zh-Hant"\n---\n\n',
    );
    expect(frontMatter(article({ byline: null, lang: null }))).not.toMatch(/author|lang/);
  });

  it('converts the body to Markdown under the headline', () => {
    const md = toMarkdown(article(), { domParser });
    expect(md).toContain('---\n\n# Title: "quoted" # not a comment\n\nFirst paragraph.\n\nSecond **bold**.\n');
  });

  it('does not repeat a headline the content already opens with', () => {
    const md = toMarkdown(article({ title: 'Same', content: '<h2>Same</h2><p>Body.</p>' }), { domParser });
    expect(md.match(/Same/g)).toHaveLength(2); // front matter + the one heading
    expect(md).toContain('## Same\n\nBody.');
  });

  it('keeps tables as GFM tables and code as fenced blocks with their language', () => {
    const content =
      '<table><thead><tr><th>城市</th><th>人數</th></tr></thead><tbody><tr><td>濟南</td><td>40</td></tr></tbody></table>' +
      '<pre><code class="language-js">const a = 1;\nconst b = 2;</code></pre><p><del>gone</del></p>';
    const md = toMarkdown(article({ content }), { domParser });
    expect(md).toContain('| 城市 | 人數 |\n| --- | --- |\n| 濟南 | 40 |');
    expect(md).toContain('```js\nconst a = 1;\nconst b = 2;\n```');
    expect(md).toContain('~gone~');
  });

  it('works without a DOMParser too (turndown parses the HTML itself)', () => {
    expect(toMarkdown(article())).toContain('Second **bold**.');
  });
});
