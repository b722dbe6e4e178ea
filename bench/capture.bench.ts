/**
 * What reaches the reader from pages that draw their content with scripts and highlighters (issue 16):
 *
 * 1. Images: pictures in the cleaned article with a URL that loads (http(s), no placeholder), and captions kept
 *    beside them, on the image pages written for Winnow (test/fixtures/images) and Readability's 130 test pages.
 * 2. Code: blocks on test/fixtures/code shown with their exact lines and indentation, with their language, and
 *    saved to Markdown as a fenced block with the language and no highlighting markup.
 * 3. Math: formulas on test/fixtures/math that reach the reader as MathML with structure (not just text), and
 *    formulas saved to Markdown as TeX; tables kept as tables.
 *
 * The figures are counts, not timings. Run the same file on an older checkout to get the "before" row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { clean } from '../src/core/clean.js';
import { toMarkdown } from '../src/core/export/markdown.js';
import type { Article } from '../src/core/types.js';
import { quietDom } from './lib/zyte.js';

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
const { window } = new JSDOM('');

function cleanPage(html: string, url: string): { article: Article | null; doc: Document | null } {
  const dom = quietDom(html, url);
  const article = clean(dom.window.document, { window: dom.window as unknown as Window });
  dom.window.close();
  return {
    article,
    doc: article ? new window.DOMParser().parseFromString(`<body>${article.content}`, 'text/html') : null,
  };
}

const loads = (src: string | null) =>
  /^https?:/.test(src ?? '') && !/(?:blank|placeholder|spacer|pixel|lazy\w*)\.(?:gif|png|svg)(?:$|\?)/i.test(src ?? '');
function pictures(doc: Document | null): { shown: number; captions: number } {
  if (!doc) return { shown: 0, captions: 0 };
  const shown = Array.from(doc.querySelectorAll('img')).filter((img) => loads(img.getAttribute('src'))).length;
  const captions = Array.from(doc.querySelectorAll('figcaption')).filter((c) =>
    c.closest('figure')?.querySelector('img'),
  ).length;
  return { shown, captions };
}

// 1. Images
const imagePages: Array<[string, string]> = [
  ['hero-background.html', 'https://coast.example/2024/storm'],
  ['wordpress-lazy.html', 'https://towpath.example/2021/03/canal-walk/'],
  ['wechat.html', 'https://mp.weixin.qq.com/s/AbCdEf'],
  ['news-picture.html', 'https://news.example/2021/harbour'],
  ['zhihu.html', 'https://zhuanlan.zhihu.com/p/123'],
];
let own = { shown: 0, captions: 0 };
for (const [name, url] of imagePages) {
  const p = pictures(cleanPage(readFileSync(new URL(`images/${name}`, FIXTURES), 'utf8'), url).doc);
  own = { shown: own.shown + p.shown, captions: own.captions + p.captions };
}
const PEERS = new URL('peers/readability/', FIXTURES);
let peers = { shown: 0, captions: 0 };
let expectedCaptions = 0;
for (const name of readdirSync(PEERS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)) {
  const html = gunzipSync(readFileSync(new URL(`${name}/source.html.gz`, PEERS))).toString('utf8');
  const p = pictures(cleanPage(html, 'http://fakehost/test/page.html').doc);
  peers = { shown: peers.shown + p.shown, captions: peers.captions + p.captions };
  const expected = gunzipSync(readFileSync(new URL(`${name}/expected.html.gz`, PEERS))).toString('utf8');
  expectedCaptions += pictures(new window.DOMParser().parseFromString(expected, 'text/html')).captions;
}
console.log('Images: pictures that load in the cleaned article / captions kept with their picture');
console.log(`  image fixtures (5 pages, 12 pictures)      ${String(own.shown).padStart(4)} / ${own.captions}`);
console.log(
  `  Readability's test pages (130)             ${String(peers.shown).padStart(4)} / ${peers.captions}  (Readability's expected output keeps ${expectedCaptions} captions)`,
);

// 2. Code
const code = JSON.parse(readFileSync(new URL('code/expected.json', FIXTURES), 'utf8')) as {
  pages: Record<string, [string, string]>;
} & Record<string, string>;
let exact = 0;
let withLanguage = 0;
let fenced = 0;
let languages = 0;
const pages = Object.entries(code.pages);
for (const [name, [snippet, lang]] of pages) {
  const { article, doc } = cleanPage(
    readFileSync(new URL(`code/${name}`, FIXTURES), 'utf8'),
    `https://blog.example/${name}`,
  );
  const want = code[snippet]!;
  const block = doc ? Array.from(doc.querySelectorAll('pre')).find((pre) => pre.textContent === want) : undefined;
  if (block) exact++;
  if (lang) languages++;
  if (lang && block?.querySelector(`code.language-${lang}`)) withLanguage++;
  const markdown = article ? toMarkdown(article, { domParser: new window.DOMParser() }) : '';
  if (markdown.includes(`\`\`\`${lang}\n${want}\n\`\`\``) && !/<span|hljs|token /.test(markdown)) fenced++;
}
console.log('\nCode blocks (test/fixtures/code, one page per highlighter family)');
console.log(`  shown with exact lines and indentation     ${exact} / ${pages.length}`);
console.log(`  shown with their language                  ${withLanguage} / ${languages}`);
console.log(`  Markdown: fenced, language, no spans        ${fenced} / ${pages.length}`);

// 3. Math
const mathPages = ['katex.html', 'mathjax2.html', 'mathjax3.html', 'mathml.html', 'mathjax2-source.html'];
let rendered = 0;
let once = 0;
let tex = 0;
let tables = 0;
for (const name of mathPages) {
  const { article, doc } = cleanPage(
    readFileSync(new URL(`math/${name}`, FIXTURES), 'utf8'),
    `https://maths.example/${name}`,
  );
  // Structure, not a flat string: the fraction and the superscript as MathML elements, with no TeX annotation
  // spilled into the formula as text (purify drops <annotation> but keeps its text).
  rendered += doc
    ? Array.from(doc.querySelectorAll('math')).filter(
        (m) => m.querySelector('msup, mfrac') && !/[\\^{]/.test(m.textContent ?? ''),
      ).length
    : 0;
  // Read once: KaTeX and MathJax draw the formula a second time in spans beside the MathML.
  if ((article?.textContent.replace(/\s+/g, '').match(/E=mc\^?2/g)?.length ?? 0) === 1) once++;
  const markdown = article ? toMarkdown(article, { domParser: new window.DOMParser() }) : '';
  tex +=
    (markdown.match(/\$[^$\n]*mc\^2\$/g)?.length ?? 0) +
    (markdown.match(/\$\$\n[^\n]*\\frac[^\n]*\n\$\$/g)?.length ?? 0);
  if (/\| Discriminant \| Real roots \|\n\| -/.test(markdown)) tables++;
}
console.log(
  '\nFormulas (test/fixtures/math: KaTeX, MathJax 2, MathJax 3, MathML, MathJax 2 unrendered; 2 formulas each)',
);
console.log(`  reach the reader as structured MathML      ${rendered} / 8  (the unrendered page has only TeX)`);
console.log(`  pages whose text reads E=mc² once          ${once} / ${mathPages.length}`);
console.log(`  saved to Markdown as TeX                   ${tex} / 10`);
console.log(`  table saved as a Markdown table            ${tables} / ${mathPages.length}`);
