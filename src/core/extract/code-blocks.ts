/**
 * Code blocks as one plain shape, `<pre><code class="language-x">text</code></pre>`, before Readability runs.
 * Highlighters write code as hundreds of coloured spans, tables with a line-number gutter, one `<div>` or `<li>`
 * per line, and copy buttons: Readability can score such a table or list away, prune rules read the gutter as
 * text, and saved Markdown would carry "1 2 3" and the spans. What a reader wants is the code: its lines, its
 * indentation, its language.
 *
 * Families handled (test/fixtures/code): `<pre><code class="language-x">`, highlight.js (`hljs language-x`,
 * `hljs x`, its line-number plugin `hljs-ln`), Prism (`language-x`, `lang-x`, `line-numbers-rows`), GitHub
 * (`div.highlight-source-x pre`, `<pre lang>`), Hugo/Rouge/Pygments (`data-lang`, `chroma`, line-number
 * tables), prettify (`prettyprint lang-x linenums`), SyntaxHighlighter 2 and 3 (`brush: x`, the
 * `.syntaxhighlighter` table with `td.code .line`), CSDN (`ul.pre-numbering`), cnblogs (`div.cnblogs_code`,
 * numbers written into the lines) and Jianshu (`pre.hljs x > code.x`).
 *
 * A read-only `<textarea>` the page fills with code for the reader to copy ("タグをコピーする": a Japanese HTML
 * tutorial's every example) is such a block too: Readability removes every textarea, and the examples went with it.
 * Not a share widget's embed code or link, which fill read-only boxes as well: a box that starts with an embed's
 * element (`<iframe`, `<script`, `<embed`, `<object`) or holds one address only stays a form field.
 *
 * The block replaces the outermost wrapper that adds nothing but chrome (toolbar, copy button, gutter), so the
 * language label and the buttons go with it. `class="language-x"` survives the class stripping after pruning
 * (readability.ts) and purify: the reader and the Markdown exporter read it from there.
 */
import { elementsByTag, elementsInOrder } from '../dom.js';

/** Line-number gutters and toolbars: never code (class names; matched per token, not by selector, for speed). */
const CHROME_CLASSES = new Set([
  'gutter',
  'line-numbers-rows',
  'linenos',
  'linenodiv',
  'lnt',
  'ln',
  'hljs-ln-numbers',
  'pre-numbering',
  'rouge-gutter',
  'gl',
  'toolbar',
  'cnblogs_code_toolbar',
  'hljs-button',
  'zeroclipboard-container',
  'copy-code-button',
  'btn-clipboard',
  'tools',
  'bar',
]);
const CHROME_TAGS = new Set(['button', 'clipboard-copy', 'script', 'style']);

function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.localName)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const tokens = cls.split(/\s+/);
  // Hugo's line-number table: the first cell of each row holds the numbers.
  if (tokens.includes('lntd') && !el.previousElementSibling) return true;
  return tokens.some((token) => CHROME_CLASSES.has(token));
}

/** Wrappers a highlighter puts around one block; replaced with it when they add only chrome. */
const WRAPPER =
  /(?:^|[\s_-])(?:highlight|highlighter|highlighter-rouge|highlighttable|code-toolbar|cnblogs_code|syntaxhighlighter|dp-highlighter|codehilite|sourceCode|code-block|codeblock|snippet-clipboard-content|chroma|lntable|rouge-table|prism-code|hljs)(?:$|[\s_-])/i;

/** Highlighter class tokens that name no language. */
const NOT_LANGUAGE = new Set([
  'hljs',
  'prettyprint',
  'linenums',
  'has-numbering',
  'prism',
  'line-numbers',
  'highlight',
  'notranslate',
  'code',
  'source',
  'chroma',
  'syntaxhighlighter',
  'nogutter',
  'collapsed',
  'sourcecode',
  'plain',
  'text',
  'plaintext',
  'none',
  'nohighlight',
  'no-highlight',
  'wrap',
  'copyable',
  'position-relative',
  'overflow-auto',
]);

/** Names that highlighters write as a bare class (`hljs python`, Jianshu's `code.java`, `syntaxhighlighter js`). */
const BARE_LANGUAGES = new Set([
  'bash',
  'c',
  'clojure',
  'cpp',
  'cs',
  'csharp',
  'css',
  'dart',
  'diff',
  'dockerfile',
  'elixir',
  'erlang',
  'go',
  'golang',
  'graphql',
  'groovy',
  'haskell',
  'html',
  'ini',
  'java',
  'javascript',
  'js',
  'json',
  'jsx',
  'kotlin',
  'less',
  'lua',
  'makefile',
  'markdown',
  'matlab',
  'nginx',
  'objectivec',
  'ocaml',
  'perl',
  'php',
  'powershell',
  'python',
  'py',
  'r',
  'ruby',
  'rust',
  'scala',
  'scss',
  'shell',
  'sh',
  'sql',
  'swift',
  'ts',
  'tsx',
  'typescript',
  'vb',
  'vbnet',
  'vue',
  'xml',
  'yaml',
  'yml',
  'zsh',
  'console',
  'toml',
  'protobuf',
  'asm',
]);

const LANGUAGE_CLASS = /^(?:language|lang|highlight-source|brush)[-:]([\w#+.-]+)$/i;

/** A language name as fence info strings write it: lower case, no spaces. */
const tidy = (name: string): string | null => {
  const value = name
    .trim()
    .toLowerCase()
    .replace(/[;,]+$/, '');
  return /^[\w#+.-]{1,30}$/.test(value) && !NOT_LANGUAGE.has(value) ? value : null;
};

/** The language one element declares, if any. */
function declaredLanguage(el: Element): string | null {
  for (const name of ['data-lang', 'data-language', 'lang']) {
    // `lang` on a <pre> is GitHub's; on anything else it is a human language.
    if (name === 'lang' && el.localName !== 'pre') continue;
    const value = el.getAttribute(name);
    const lang = value ? tidy(value) : null;
    if (lang) return lang;
  }
  const cls = el.getAttribute('class') ?? '';
  // SyntaxHighlighter's unrendered form: class="brush: java; gutter: false".
  const brush = /\bbrush\s*:\s*([\w#+.-]+)/i.exec(cls);
  if (brush) return tidy(brush[1]!);
  const tokens = cls.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const m = LANGUAGE_CLASS.exec(token);
    // GitHub's highlight-text-html-basic → html.
    if (m) return tidy(m[1]!);
    const text = /^highlight-text-([\w#+.]+)/i.exec(token);
    if (text) return tidy(text[1]!);
  }
  return tokens.map((t) => t.toLowerCase()).find((t) => BARE_LANGUAGES.has(t)) ?? null;
}

function languageOf(block: Element, outer: Element): string | null {
  for (const el of [...Array.from(block.querySelectorAll('code')), block]) {
    const lang = declaredLanguage(el);
    if (lang) return lang;
  }
  for (let el = block.parentElement; el; el = el.parentElement) {
    const lang = declaredLanguage(el);
    if (lang) return lang;
    if (el === outer) break;
  }
  return null;
}

const LINE_TAGS = new Set(['div', 'li', 'p', 'tr']);

/**
 * The code's text: spans flattened, `<br>` and per-line elements as newlines, gutters and buttons left out,
 * non-breaking spaces (SyntaxHighlighter indents with them) as spaces.
 */
export function codeText(root: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isChrome(el)) return;
    if (el.localName === 'br') {
      out += '\n';
      return;
    }
    const line = LINE_TAGS.has(el.localName) && el !== root;
    if (line && out && !out.endsWith('\n')) out += '\n';
    const start = out.length;
    for (const child of Array.from(el.childNodes)) walk(child);
    // One line per line element, blank ones too (an empty <div class="line"> is a blank line of code).
    if (line && (!out.endsWith('\n') || out.length === start)) out += '\n';
  };
  walk(root);
  return withoutWrittenLineNumbers(root, out.replace(/^\n+/, '').replace(/\s+$/, ''));
}

/**
 * cnblogs (and other engines) write the line number into each line, in its own coloured span: "1 public class".
 * Stripped only when the first line's number stands in an element of its own and every line counts up from 1.
 */
function withoutWrittenLineNumbers(root: Element, text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const first = Array.from(root.querySelectorAll('span')).find((s) => s.textContent?.trim());
  if (first?.textContent?.trim() !== '1' || first.children.length) return text;
  const numbered = lines.every((line, i) => new RegExp(`^\\s*${i + 1}(?:\\s|$)`).test(line));
  return numbered ? lines.map((line) => line.replace(/^\s*\d+ ?/, '')).join('\n') : text;
}

/** The element a block stands for in the layout: up through wrappers that add nothing but chrome. */
function outermost(block: Element): Element {
  let outer = block;
  const text = codeText(block).replace(/\s+/g, '');
  for (let el = block.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.localName === 'td' || el.localName === 'table' || el.localName === 'tr' || el.localName === 'tbody' ? 'highlight' : ''}`;
    if (!WRAPPER.test(cls) && !el.hasAttribute('data-lang')) break;
    if (codeText(el).replace(/\s+/g, '') !== text) break;
    outer = el;
  }
  return outer;
}

/** Highlighters that lay a block out as a table or list of lines, gutter beside it. */
const TABLE_CLASSES = ['syntaxhighlighter', 'dp-highlighter', 'highlighttable', 'lntable', 'rouge-table'];

/** The blocks to rewrite, outermost first: highlighter tables and lists, then every `<pre>` left. */
function blocks(doc: Document): Element[] {
  const found: Element[] = [];
  const taken = (el: Element) => found.some((b) => b.contains(el));
  // One walk in document order (outer before inner), not a selector list or a class lookup per name: jsdom's selector
  // engine is slow over a large page, and each of its class lookups walks the whole tree again. Class names match
  // as getElementsByClassName matches them: exactly, or ASCII case aside in quirks mode.
  const quirks = doc.compatMode === 'BackCompat';
  const tables = elementsInOrder(doc).filter((el) => {
    const cls = el.getAttribute('class');
    if (!cls) return false;
    const tokens = (quirks ? cls.toLowerCase() : cls).split(/[\t\n\f\r ]+/);
    return TABLE_CLASSES.some((name) => tokens.includes(name));
  });
  for (const el of tables) {
    if (!taken(el)) found.push(el);
  }
  for (const el of elementsByTag(doc, 'pre')) {
    if (taken(el)) continue;
    // A <pre> holding pictures, tables or math is a layout, not code: left as it is.
    if (el.querySelector('img, table, math, svg')) continue;
    found.push(el);
  }
  return found;
}

/** A share widget's box: embed code for another site, or the page's address to copy. */
const SHARE_BOX = /^\s*(?:<(?:iframe|script|embed|object)\b|https?:\/\/\S+\s*$)/i;

/** Read-only text boxes the page filled with code to copy, as code blocks (their form too, if it holds only them). */
function copyBoxes(doc: Document): number {
  let count = 0;
  for (const box of elementsByTag(doc, 'textarea')) {
    const text = (box.textContent ?? '').replace(/^\r?\n/, '').replace(/\s+$/, '');
    if (!box.hasAttribute('readonly') || !text.trim() || SHARE_BOX.test(text)) continue;
    const pre = doc.createElement('pre');
    const code = doc.createElement('code');
    code.textContent = text;
    pre.append(code);
    const parent = box.parentElement;
    (parent?.localName === 'form' && parent.children.length === 1 ? parent : box).replaceWith(pre);
    count++;
  }
  return count;
}

/** Rewrites every code block of `doc` in place; returns how many. */
export function normaliseCodeBlocks(doc: Document): number {
  let count = copyBoxes(doc);
  for (const block of blocks(doc)) {
    if (!block.isConnected) continue;
    const outer = outermost(block);
    const text = codeText(block);
    if (!text.trim()) continue;
    const lang = languageOf(block, outer);
    const pre = doc.createElement('pre');
    const code = doc.createElement('code');
    if (lang) code.className = `language-${lang}`;
    code.textContent = text;
    pre.append(code);
    outer.replaceWith(pre);
    count++;
  }
  return count;
}
