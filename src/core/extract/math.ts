import { childElements, elementsByTag } from '../dom.js';
/**
 * Formulas as plain MathML, before Readability runs: `<math display="block|inline" alttext="TeX">…</math>`.
 * Pages rarely show MathML itself. MathJax and KaTeX draw formulas as hundreds of positioned spans (or SVG)
 * that mean nothing outside the page's own stylesheet, and keep the real thing beside them for screen readers:
 *
 *   KaTeX        `.katex > .katex-mathml > math > semantics > (mrow, annotation[application/x-tex])`
 *   MathJax 3/4  `mjx-container > mjx-assistive-mml > math` (TeX in `data-latex` where the page keeps it)
 *   MathJax 2    `span.MathJax[data-mathml]` or `.MJX_Assistive_MathML > math`, then `script[type="math/tex"]`
 *                with the TeX (`; mode=display` for display formulas); before it renders, only the script
 *   MathML       arXiv/LaTeXML and Wikipedia write `math[alttext]` with `semantics` and a TeX annotation
 *
 * Each becomes the MathML alone, which browsers render natively (Chrome 109+, Firefox) and which purify's
 * MathML profile admits. `semantics`, `annotation` and `annotation-xml` are not admitted (annotation-xml can
 * carry HTML), so the presentation branch is kept and the TeX moves to `alttext`, MathML's own attribute for a
 * text alternative: the Markdown exporter writes it as `$…$` / `$$…$$`. A MathJax 2 formula the page never
 * rendered has no MathML: its TeX is shown as MathML text, still a formula a reader can read and save.
 */

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const TEX_ENCODING = /^(?:application\/x-tex|text\/x-latex|application\/x-latex|TeX|LaTeX)$/i;

/** Parses MathML markup inertly (a <template> neither runs nor loads anything) into `doc`. */
function parseMath(doc: Document, markup: string): Element | null {
  const template = doc.createElement('template');
  // eslint-disable-next-line no-restricted-syntax -- an inert <template> parse of the page's own MathML, not a sink
  template.innerHTML = markup;
  const math = template.content.querySelector('math');
  return math ? doc.importNode(math, true) : null;
}

/** The TeX a `<math>` carries: a TeX annotation, else an alttext the page wrote. */
function texOf(math: Element): string | null {
  for (const annotation of elementsByTag(math, 'annotation')) {
    if (TEX_ENCODING.test(annotation.getAttribute('encoding') ?? '')) return annotation.textContent?.trim() || null;
  }
  return math.getAttribute('alttext')?.trim() || null;
}

/**
 * One `<math>` as the reader gets it: the presentation MathML of its `semantics`, no annotations, TeX in
 * `alttext`, `display` said outright. Works in place and returns the element.
 */
export function plainMath(math: Element, options: { display?: boolean; tex?: string | null } = {}): Element {
  const tex = options.tex?.trim() || texOf(math);
  for (const semantics of elementsByTag(math, 'semantics')) {
    // The first child is the presentation; the rest are annotations.
    const shown = childElements(semantics).find((el) => !/^annotation/.test(el.localName));
    if (shown) semantics.replaceWith(shown);
    else semantics.remove();
  }
  for (const annotation of Array.from(math.querySelectorAll('annotation, annotation-xml'))) annotation.remove();
  if (tex) math.setAttribute('alttext', tex);
  if (options.display !== undefined) math.setAttribute('display', options.display ? 'block' : 'inline');
  return math;
}

/** A formula from its TeX alone: the source as MathML text, so it reads as a formula and saves as TeX. */
function texOnly(doc: Document, tex: string, display: boolean): Element {
  const math = doc.createElementNS(MATHML_NS, 'math');
  const text = doc.createElementNS(MATHML_NS, 'mtext');
  text.textContent = tex;
  math.append(text);
  return plainMath(math, { display, tex });
}

function katex(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('.katex'))) {
    if (!el.isConnected) continue;
    const source = el.querySelector('.katex-mathml math');
    if (!source) continue; // KaTeX's HTML-only output keeps no formula to recover
    const wrapper = el.parentElement?.classList.contains('katex-display') ? el.parentElement : el;
    const math = plainMath(source, { display: wrapper !== el || source.getAttribute('display') === 'block' });
    wrapper.replaceWith(math);
  }
}

function mathJax3(doc: Document): void {
  for (const container of elementsByTag(doc, 'mjx-container')) {
    const source = container.querySelector('mjx-assistive-mml math');
    const tex = container.getAttribute('data-latex') ?? source?.getAttribute('data-latex') ?? null;
    const display = container.getAttribute('display') === 'true' || source?.getAttribute('display') === 'block';
    if (source) container.replaceWith(plainMath(source, { display, tex }));
    else if (tex) container.replaceWith(texOnly(doc, tex, display));
  }
}

function mathJax2(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script[type^="math/tex"], script[type^="math/mml"]'))) {
    const type = script.getAttribute('type') ?? '';
    const display = /mode\s*=\s*display/i.test(type);
    const source = script.textContent ?? '';
    const frame = script.id ? doc.getElementById(`${script.id}-Frame`) : null;
    const box = frame?.parentElement?.classList.contains('MathJax_Display') ? frame.parentElement : frame;
    let math: Element | null = null;
    if (/^math\/mml/i.test(type)) math = parseMath(doc, source);
    if (!math && frame) {
      const data = frame.getAttribute('data-mathml');
      math = (data ? parseMath(doc, data) : null) ?? frame.querySelector('.MJX_Assistive_MathML math');
    }
    const tex = /^math\/tex/i.test(type) ? source.trim() : null;
    const formula = math ? plainMath(math, { display, tex }) : tex ? texOnly(doc, tex, display) : null;
    if (!formula) continue;
    // The preview (TeX or a blank) and the drawn frame go: the MathML stands where the script stood.
    for (
      let el = (box ?? script).previousElementSibling;
      el?.classList.contains('MathJax_Preview');
      el = (box ?? script).previousElementSibling
    )
      el.remove();
    box?.remove();
    script.replaceWith(formula);
  }
}

/** Rewrites every formula of `doc` in place as plain MathML (see the map above). */
export function normaliseMath(doc: Document): void {
  // Most pages have no formula: tag and class lookups answer that without a selector walk.
  const scripts = elementsByTag(doc, 'script').some((s) => /^math\//i.test(s.getAttribute('type') ?? ''));
  if (
    !scripts &&
    !doc.getElementsByTagName('math').length &&
    !doc.getElementsByClassName('katex').length &&
    !doc.getElementsByTagName('mjx-container').length
  )
    return;
  katex(doc);
  mathJax3(doc);
  mathJax2(doc);
  for (const math of elementsByTag(doc, 'math')) plainMath(math);
}
