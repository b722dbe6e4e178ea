/**
 * A minimal CSS reader for the page's own `<style>` text (pattern 5: class-hidden via stylesheet). It keeps only
 * what static visibility needs — style rules, their selectors, their declarations and the media they sit under —
 * and skips everything else (@font-face, @keyframes, @page, @import). No dependency: this ships in the content
 * script and must not choke on the broken CSS hacked pages carry, so every step is forgiving.
 */
import { mediaApplies, type MediaVerdict } from './media.js';

export interface Declaration {
  value: string;
  important: boolean;
}

export interface StyleRule {
  selector: string;
  declarations: Map<string, Declaration>;
  /** 'yes' on screen, 'no' under print/speech or a width the assumed desktop viewport fails, 'unknown' otherwise. */
  media: MediaVerdict;
  /** Source order across all of the page's sheets: later wins at equal specificity and importance. */
  order: number;
}

/** Splits `a:b; c:d` into declarations, respecting quotes and parentheses (`url(data:...;base64,...)`). */
export function parseDeclarations(text: string): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const part of splitTopLevel(text, ';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    // A later declaration of the same property wins unless the earlier one is !important.
    const prev = out.get(name);
    if (prev?.important && !important) continue;
    out.set(name, { value: value.toLowerCase(), important });
  }
  return out;
}

/** Splits on `sep` outside quotes, parentheses and brackets. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the `}` matching the `{` at `open`, or the end of the text for unbalanced input. */
function matchingBrace(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Worst of two media verdicts: a rule nested under `no` never applies; `unknown` taints `yes`. */
function combine(outer: MediaVerdict, inner: MediaVerdict): MediaVerdict {
  if (outer === 'no' || inner === 'no') return 'no';
  return outer === 'unknown' || inner === 'unknown' ? 'unknown' : 'yes';
}

/** At-rules whose block holds style rules that apply (possibly conditionally) to the page. */
const GROUPING = /^@(?:media|supports|layer|container|document|-moz-document|scope)\b/i;

export function parseCss(cssText: string, media: MediaVerdict, rules: StyleRule[] = []): StyleRule[] {
  const css = cssText.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ').replace(/<!--|-->/g, ' ');
  walk(css, media, rules);
  return rules;
}

function walk(css: string, media: MediaVerdict, rules: StyleRule[]): void {
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    // A statement at-rule (@import, @charset, @layer a, b;) before the next block: skip it.
    if (semi !== -1 && (open === -1 || semi < open) && css.slice(i, semi).trim().startsWith('@')) {
      i = semi + 1;
      continue;
    }
    if (open === -1) return;
    const close = matchingBrace(css, open);
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, close);
    i = close + 1;
    if (prelude.startsWith('@')) {
      if (!GROUPING.test(prelude)) continue; // @font-face, @keyframes, @page: no element styles
      const inner = /^@media\b/i.test(prelude)
        ? mediaApplies(prelude.slice(6))
        : /^@(?:container|document|-moz-document|scope)\b/i.test(prelude)
          ? 'unknown'
          : 'yes';
      walk(body, combine(media, inner), rules);
      continue;
    }
    if (!prelude) continue;
    // CSS nesting: only the outer declarations are read; nested rules are rare on the pages that matter. The pattern
    // that drops them scans on from every character of a body, so it runs only on a body that has one (on every
    // body, it was 2 % of the CLI's time).
    const flat = body.includes('{') ? body.replace(/[^;{}]*\{[^}]*\}/g, '') : body;
    const declarations = parseDeclarations(flat);
    if (declarations.size) rules.push({ selector: prelude, declarations, media, order: rules.length });
  }
}
