/**
 * Code blocks through the whole pipeline, one page per highlighter family (test/fixtures/code): the reader gets
 * the code with its lines, indentation and language, no line-number gutter and no copy-button text, and saved
 * Markdown gets a fenced block with the language and no highlighting markup.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { toMarkdown } from '../../../src/core/export/markdown.js';
import { codeText, normaliseCodeBlocks } from '../../../src/core/extract/code-blocks.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/code/${name}`, import.meta.url), 'utf8');

const PYTHON = `def greet(name):
    if name:
        return f"Hello, {name}!"

    return "Hello <stranger> & friends"`;
const JAVA = `public class Hello {
    public static void main(String[] args) {
        System.out.println("你好，世界");
    }
}`;

const { window } = new JSDOM('');

describe('code blocks that reach the reader', () => {
  it.each([
    ['highlightjs.html', 'python', PYTHON],
    ['prism.html', 'py', PYTHON],
    ['github.html', 'python', PYTHON],
    ['hugo.html', 'python', PYTHON],
    ['jianshu.html', 'python', PYTHON],
    ['csdn.html', 'java', JAVA],
    // cnblogs's classic editor writes no language at all.
    ['cnblogs.html', '', JAVA],
    ['syntaxhighlighter.html', 'java', JAVA],
  ])('%s: the code, its lines and indentation, language %s, in the reader and in Markdown', (name, lang, code) => {
    const article = cleanHtml(page(name), { url: `https://blog.example/${name}` })!;
    const doc = new JSDOM(`<body>${article.content}</body>`).window.document;
    const blocks = Array.from(doc.querySelectorAll('pre'));
    expect(blocks).toHaveLength(1);
    const shown = blocks[0]!.querySelector('code')!;
    expect(shown.textContent).toBe(code);
    expect(shown.className).toBe(lang ? `language-${lang}` : '');
    expect(shown.children).toHaveLength(0); // no highlighting spans, gutters or buttons left inside
    // The prose around it is still there, and no copy-button label or gutter leaked into the article.
    expect(article.textContent).toMatch(/tutorial|本文介绍/);
    expect(article.textContent).not.toMatch(/复制代码|^Copy$|^Python$|登录后复制|^\s*1\s*2\s*3/m);

    const markdown = toMarkdown(article, { domParser: new window.DOMParser() });
    expect(markdown).toContain(`\`\`\`${lang}\n${code}\n\`\`\``);
    expect(markdown).not.toMatch(/<span|hljs|token/);
  });
});

describe('codeText', () => {
  const block = (html: string) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    return doc.body.firstElementChild!;
  };
  it('keeps blank lines written as empty line elements and <br>', () => {
    expect(
      codeText(block('<pre><div class="line">a</div><div class="line"></div><div class="line">  b</div></pre>')),
    ).toBe('a\n\n  b');
    expect(codeText(block('<pre>x = 1<br>y = 2<br><br>z</pre>'))).toBe('x = 1\ny = 2\n\nz');
  });
  it('strips numbers written into the lines only when each stands alone and they count from 1', () => {
    expect(codeText(block('<pre><span>1</span> a\n<span>2</span> b</pre>'))).toBe('a\nb');
    // A data file whose lines happen to start with numbers is left as it is.
    expect(codeText(block('<pre>1 apple\n2 pears</pre>'))).toBe('1 apple\n2 pears');
    expect(codeText(block('<pre><span>1</span> a\n<span>3</span> b</pre>'))).toBe('1 a\n3 b');
  });
});

describe('normaliseCodeBlocks', () => {
  it('leaves a <pre> holding a picture alone and gives a plain <pre> a <code>', () => {
    const doc = new JSDOM('<body><pre>ASCII <img src="a.png"></pre><pre>plain\n  text</pre></body>').window.document;
    expect(normaliseCodeBlocks(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe('<pre>ASCII <img src="a.png"></pre><pre><code>plain\n  text</code></pre>');
  });
  it("reads the language from SyntaxHighlighter's unrendered brush and GitHub's <pre lang>", () => {
    const doc = new JSDOM(
      '<body><pre class="brush: php; gutter: false">echo 1;</pre><pre lang="rust">fn main() {}</pre></body>',
    ).window.document;
    normaliseCodeBlocks(doc);
    expect(Array.from(doc.querySelectorAll('code')).map((c) => c.className)).toEqual(['language-php', 'language-rust']);
  });
});

describe('code the page gives to copy in a read-only text box', () => {
  // A tutorial's examples, each in a read-only <textarea> inside a form of its own (a Japanese HTML tutorial's
  // "タグをコピーする" boxes): Readability removes every textarea, and the examples went with them.
  const tutorial = (
    boxes: string,
  ) => `<!doctype html><html lang="ja"><head><title>文字のエンコードを指定する</title></head><body>
    <div id="main"><h1>文字のエンコードを指定する</h1>
    <p>HTMLの記述形式（文字コード）を正しく設定することによって、ページが読み込まれたときの文字化けを防ぎます。文字コードには以下の種類があります。</p>
    <p>以下のタグを&lt;head&gt;&lt;/head&gt;内にメタタグ&lt;meta&gt;として記入します。各文字コードでの指定方法は次のとおりです。</p>
    ${boxes}
    <p>メモ帳やその他のテキストエディタを使ってHTMLを作成する際は、特に保存時の文字コードとこの設定が一致するようにしてください。</p>
    </div></body></html>`;
  const box = (charset: string) =>
    `<strong>${charset}の場合</strong><div class="copy"><form class="fst"><textarea name="copy_tag" readonly class="tx">
&lt;meta http-equiv=&quot;Content-Type&quot; content=&quot;text/html; charset=${charset}&quot;&gt;
</textarea></form></div>`;

  it('gives each example as a code block', () => {
    const charsets = ['Shift_JIS', 'EUC-JP', 'UTF-8'];
    const article = cleanHtml(tutorial(charsets.map(box).join('')), {
      url: 'https://www.example.jp/html/charset.html',
    });
    const doc = new JSDOM(article?.content ?? '').window.document;
    const codes = Array.from(doc.querySelectorAll('pre > code'), (c) => c.textContent);
    expect(codes).toEqual(charsets.map((c) => `<meta http-equiv="Content-Type" content="text/html; charset=${c}">`));
  });

  it('leaves a share widget’s embed code and link, and a box the reader types in', () => {
    const doc = new JSDOM(
      '<body><textarea readonly>&lt;iframe src="https://video.example/embed/1"&gt;&lt;/iframe&gt;</textarea>' +
        '<textarea readonly>https://www.example.jp/html/charset.html</textarea><textarea>draft</textarea></body>',
    ).window.document;
    expect(normaliseCodeBlocks(doc)).toBe(0);
    expect(doc.querySelectorAll('textarea')).toHaveLength(3);
  });
});
