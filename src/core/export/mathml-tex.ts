import { childElements, collapseSpace } from '../dom.js';
/**
 * Presentation MathML → TeX, for formulas that reach Markdown without their TeX (MathJax 3 keeps none in the
 * page; hand-written MathML has none). Covers what article formulas are made of — tokens, scripts, fractions,
 * roots, accents, limits, fences, matrices — and falls back to a token's text for anything else, so a formula is
 * never lost, only written plainer. Formulas with TeX (KaTeX, MathJax 2, arXiv, Wikipedia) never come here:
 * their `alttext` is used as it is.
 */

const GREEK_NAMES = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];
const CAPITAL_GREEK = ['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega'];
const GREEK: Record<string, string> = Object.fromEntries<string>([
  ...[...'αβγδεζηθικλμνξπρστυφχψω'].map((c, i): [string, string] => [c, `\\${GREEK_NAMES[i]} `]),
  ...[...'ΓΔΘΛΞΠΣΦΨΩ'].map((c, i): [string, string] => [c, `\\${CAPITAL_GREEK[i]} `]),
]);

const OPERATORS: Record<string, string> = {
  '×': '\\times ',
  '·': '\\cdot ',
  '⋅': '\\cdot ',
  '÷': '\\div ',
  '±': '\\pm ',
  '∓': '\\mp ',
  '−': '-',
  '≤': '\\leq ',
  '≥': '\\geq ',
  '≠': '\\neq ',
  '≈': '\\approx ',
  '≡': '\\equiv ',
  '∼': '\\sim ',
  '→': '\\to ',
  '←': '\\leftarrow ',
  '⇒': '\\Rightarrow ',
  '⇔': '\\Leftrightarrow ',
  '↦': '\\mapsto ',
  '∞': '\\infty ',
  '∑': '\\sum ',
  '∏': '\\prod ',
  '∫': '\\int ',
  '∮': '\\oint ',
  '∂': '\\partial ',
  '∇': '\\nabla ',
  '∈': '\\in ',
  '∉': '\\notin ',
  '⊂': '\\subset ',
  '⊆': '\\subseteq ',
  '∪': '\\cup ',
  '∩': '\\cap ',
  '∀': '\\forall ',
  '∃': '\\exists ',
  '¬': '\\neg ',
  '∧': '\\wedge ',
  '∨': '\\vee ',
  '∅': '\\emptyset ',
  '′': "'",
  '″': "''",
  '…': '\\ldots ',
  '⋯': '\\cdots ',
  '{': '\\{',
  '}': '\\}',
  '\u2061': '',
  '\u2062': '',
  '\u2063': ',',
  '\u2064': '',
};
const FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'log',
  'ln',
  'exp',
  'lim',
  'max',
  'min',
  'sup',
  'inf',
  'det',
  'dim',
  'arg',
  'deg',
  'gcd',
  'sinh',
  'cosh',
  'tanh',
  'arcsin',
  'arccos',
  'arctan',
  'Pr',
  'ker',
]);
const ACCENTS: Record<string, string> = {
  '^': 'hat',
  ˆ: 'hat',
  '¯': 'overline',
  '‾': 'overline',
  '→': 'vec',
  '⃗': 'vec',
  '~': 'tilde',
  '˜': 'tilde',
  '˙': 'dot',
  '¨': 'ddot',
  '⏞': 'overbrace',
  '⏟': 'underbrace',
};

const chars = (text: string, table: Record<string, string>) => [...text].map((c) => table[c] ?? GREEK[c] ?? c).join('');
/** A group: braces unless it is one character or one command. */
const group = (tex: string): string => (/^(?:.|\\[a-zA-Z]+ ?)$/u.test(tex.trim()) ? tex.trim() : `{${tex.trim()}}`);

function token(el: Element): string {
  const text = (el.textContent ?? '').trim();
  switch (el.localName) {
    case 'mi':
      if (FUNCTIONS.has(text)) return `\\${text} `;
      return [...text].length > 1 ? `\\mathrm{${text}}` : chars(text, OPERATORS);
    case 'mo':
      return chars(text, OPERATORS);
    case 'mtext':
      return text ? `\\text{${text}}` : '';
    case 'mspace':
      return '\\ ';
    default:
      return chars(text, OPERATORS);
  }
}

export function mathmlToTex(el: Element): string {
  const kids = childElements(el);
  const [a, b, c] = kids.map((k) => mathmlToTex(k));
  switch (el.localName) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
    case 'ms':
    case 'mspace':
      return token(el);
    case 'msup':
      return `${group(a ?? '')}^${group(b ?? '')}`;
    case 'msub':
      return `${group(a ?? '')}_${group(b ?? '')}`;
    case 'msubsup':
    case 'munderover':
      return `${group(a ?? '')}_${group(b ?? '')}^${group(c ?? '')}`;
    case 'mfrac':
      return `\\frac${group(a ?? '')}${group(b ?? '')}`.replace(/\\frac(\w)/, '\\frac $1');
    case 'msqrt':
      return `\\sqrt{${kids.map(mathmlToTex).join('')}}`;
    case 'mroot':
      return `\\sqrt[${b ?? ''}]{${a ?? ''}}`;
    case 'mover': {
      const accent = ACCENTS[(kids[1]?.textContent ?? '').trim()];
      return accent ? `\\${accent}{${a ?? ''}}` : `\\overset${group(b ?? '')}${group(a ?? '')}`;
    }
    case 'munder': {
      // Limits under a big operator or lim read as a subscript.
      if (/^(?:\\(?:sum|prod|int|lim|max|min|sup|inf) ?)$/.test(a ?? '')) return `${a}_${group(b ?? '')}`;
      return `\\underset${group(b ?? '')}${group(a ?? '')}`;
    }
    case 'mfenced': {
      const open = el.getAttribute('open') ?? '(';
      const close = el.getAttribute('close') ?? ')';
      const separator = (el.getAttribute('separators') ?? ',').trim()[0] ?? ',';
      return `\\left${chars(open, OPERATORS) || '.'}${kids.map(mathmlToTex).join(separator)}\\right${chars(close, OPERATORS) || '.'}`;
    }
    case 'mtable':
      return `\\begin{matrix}${kids.map(mathmlToTex).join(' \\\\ ')}\\end{matrix}`;
    case 'mtr':
    case 'mlabeledtr':
      return kids.map(mathmlToTex).join(' & ');
    case 'annotation':
    case 'annotation-xml':
      return '';
    default:
      return kids.length ? kids.map(mathmlToTex).join('') : token(el);
  }
}

/** The TeX to save for one `<math>`: its alttext (Wikipedia's `{\displaystyle …}` unwrapped), else converted. */
export function texFor(math: Element): string {
  const alt = math.getAttribute('alttext')?.trim();
  const tex = alt ? alt.replace(/^\{\\displaystyle\s*([\s\S]*)\}$/, '$1') : mathmlToTex(math);
  return collapseSpace(tex);
}
