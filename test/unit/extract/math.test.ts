/**
 * Formulas through the whole pipeline, one page per way pages write them (test/fixtures/math): the reader gets
 * MathML a browser renders (no KaTeX or MathJax glyph spans, no annotations purify would spill as text), the
 * saved Markdown gets TeX, and the page's table keeps its rows and columns.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { toMarkdown } from '../../../src/core/export/markdown.js';
import { mathmlToTex } from '../../../src/core/export/mathml-tex.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/math/${name}`, import.meta.url), 'utf8');
const { window } = new JSDOM('');
const INLINE_TEX = 'E = mc^2';
const QUAD_TEX = String.raw`x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}`;

function cleaned(name: string) {
  const article = cleanHtml(page(name), { url: `https://maths.example/${name}` })!;
  const doc = new JSDOM(`<body>${article.content}</body>`).window.document;
  return { article, doc, markdown: toMarkdown(article, { domParser: new window.DOMParser() }) };
}

describe('formulas that reach the reader', () => {
  it.each([
    ['katex.html', INLINE_TEX, QUAD_TEX],
    ['mathjax2.html', INLINE_TEX, QUAD_TEX],
    ['mathml.html', INLINE_TEX, QUAD_TEX],
    // MathJax 3 keeps no TeX in the page: the Markdown's TeX is converted from the MathML.
    ['mathjax3.html', 'E=mc^2', String.raw`x=\frac{-b\pm \sqrt{b^2-4ac}}{2a}`],
  ])('%s: MathML in the reader, TeX in Markdown', (name, inline, display) => {
    const { article, doc, markdown } = cleaned(name);
    const maths = Array.from(doc.querySelectorAll('math'));
    expect(maths.map((m) => m.getAttribute('display'))).toEqual(['inline', 'block']);
    expect(maths[0]!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    // Rendered as MathML: the fraction, the root and the superscripts are MathML elements.
    expect(maths[0]!.querySelector('msup > mi')?.textContent).toBe('c');
    expect(maths[1]!.querySelector('mfrac msqrt msup')).not.toBeNull();
    expect(doc.querySelector('annotation, semantics, .katex-html, mjx-math, script')).toBeNull();
    // The formula's text is read once, not once per drawing (KaTeX and MathJax draw it twice).
    expect(article.textContent.match(/E=mc2/g)).toHaveLength(1);
    expect(markdown).toContain(`relation between mass and energy, $${inline}$, which`);
    expect(markdown).toContain(`the two roots are\n\n$$\n${display}\n$$\n\n`);
  });

  it('mathjax2-source.html: a page saved before MathJax ran shows its TeX as a formula and saves it as TeX', () => {
    const { doc, markdown } = cleaned('mathjax2-source.html');
    const maths = Array.from(doc.querySelectorAll('math'));
    expect(maths.map((m) => m.textContent)).toEqual([INLINE_TEX, QUAD_TEX]);
    expect(maths.map((m) => m.getAttribute('display'))).toEqual(['inline', 'block']);
    expect(markdown).toContain(`$${INLINE_TEX}$`);
    expect(markdown).toContain(`$$\n${QUAD_TEX}\n$$`);
  });

  it("keeps the table's rows and columns in the reader and as a Markdown table", () => {
    const { doc, markdown } = cleaned('katex.html');
    const rows = Array.from(doc.querySelectorAll('table tr')).map((tr) =>
      Array.from(tr.children).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Discriminant', 'Real roots'],
      ['positive', 'two'],
      ['zero', 'one'],
      ['negative', 'none'],
    ]);
    expect(markdown).toMatch(
      /\| Discriminant \| Real roots \|\n\| -+ \| -+ \|\n\| positive \| two \|\n\| zero \| one \|\n\| negative \| none \|/,
    );
  });
});

describe('mathmlToTex', () => {
  const tex = (mathml: string) =>
    mathmlToTex(new JSDOM(`<body><math>${mathml}</math></body>`).window.document.querySelector('math')!);
  it('writes scripts, limits, functions, Greek letters, accents and matrices as TeX', () => {
    expect(
      tex(
        '<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>',
      ),
    ).toBe(String.raw`\sum_{i=1}^nx_i`);
    expect(tex('<mi>sin</mi><mo>\u2061</mo><mi>θ</mi>')).toBe(String.raw`\sin \theta `);
    expect(tex('<mover><mi>v</mi><mo>→</mo></mover>')).toBe(String.raw`\vec{v}`);
    expect(tex('<mroot><mi>x</mi><mn>3</mn></mroot>')).toBe(String.raw`\sqrt[3]{x}`);
    expect(
      tex(
        '<mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable>',
      ),
    ).toBe(String.raw`\begin{matrix}1 & 0 \\ 0 & 1\end{matrix}`);
  });
});
