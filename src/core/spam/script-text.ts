/**
 * Reading inline scripts without running them (patterns 12, 13). On the CLI path scripts never run, and on
 * both paths a script is only text in the clone, so its intent has to be read from that text: the string
 * literals it holds, decoded the way the JavaScript engine would decode them. This is a rough reading on
 * purpose — no parser ships in the content script, and spam scripts are short and plain: quoted HTML and URLs
 * glued with `+`, escaped as `\uXXXX`, `\xXX` or wrapped in `unescape('%3C…')`.
 */

import { elementsNamed } from './page-index.js';

/** `type` values a browser runs as script; JSON-LD, templates and the like are data. */
const JS_TYPE =
  /^(?:|text\/javascript|application\/javascript|application\/x-javascript|text\/ecmascript|application\/ecmascript|module|text\/jscript)$/i;

/** Longer scripts are bundles, not injected spam; reading them would cost time on every page for nothing. */
const MAX_SCRIPT_CHARS = 200_000;

/** Inline scripts per clone: read once, shared by the cloaking and docwrite rules. */
const read = new WeakMap<Document, Array<[Element, string]>>();

/** Inline scripts of the clone that a browser would run, with their text (those still in the clone). */
export function inlineScripts(clone: Document): Array<[Element, string]> {
  let all = read.get(clone);
  if (!all) {
    all = [];
    for (const script of elementsNamed(clone, 'script')) {
      if (script.hasAttribute('src') || !JS_TYPE.test((script.getAttribute('type') ?? '').trim())) continue;
      const text = script.textContent ?? '';
      if (text.length > 0 && text.length <= MAX_SCRIPT_CHARS) all.push([script, text]);
    }
    read.set(clone, all);
  }
  return all.filter(([script]) => script.isConnected);
}

/** Single, double and back-quoted literals (a `${…}` inside a template is left as text). */
const LITERAL = /"((?:\\[\s\S]|[^"\\\n])*)"|'((?:\\[\s\S]|[^'\\\n])*)'|`((?:\\[\s\S]|[^`\\])*)`/g;
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r\n|[\s\S]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
/** Percent-escapes as `unescape()` reads them, `%uXXXX` included. */
const PERCENT = /%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})/g;
/** A literal worth percent-decoding: it hides markup or a URL (`%3C`, `%22`, `%3A%2F%2F`). */
const PERCENT_HIDES = /%(?:3C|22|27|3A|2F|3D|u00)/i;

/** A literal body as the engine reads it: `\xXX`, `\uXXXX`, `\u{…}`, octal and one-character escapes. */
export function unescapeJs(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(ESCAPE, (_m, brace?: string, u?: string, x?: string, oct?: string, other?: string) => {
    const hex = brace ?? u ?? x;
    if (hex) {
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (oct) return String.fromCharCode(parseInt(oct, 8) & 0xff);
    if (other === undefined || other === '\n' || other === '\r\n' || other === '\r') return ''; // line continuation
    return SIMPLE_ESCAPES[other] ?? other;
  });
}

function unescapePercent(text: string): string {
  if (!PERCENT_HIDES.test(text)) return text;
  return text.replace(PERCENT, (_m, u?: string, x?: string) => String.fromCharCode(parseInt((u ?? x) as string, 16)));
}

/** A LITERAL match's value, decoded: JS escapes, then `unescape`-style percent escapes. */
const decoded = (m: RegExpMatchArray): string => unescapePercent(unescapeJs(m[1] ?? m[2] ?? m[3] ?? ''));

/** The script's string literals in source order, decoded. */
export function stringLiterals(script: string): string[] {
  return Array.from(script.matchAll(LITERAL), decoded);
}

/**
 * String expressions as the script builds them: literals joined by `+` read as one string
 * (`"\x68ttps://" + "am" + "88.bet"` → `https://am88.bet`); a variable in the chain ends it.
 */
export function stringChains(script: string): string[] {
  const chains: string[] = [];
  let end = -1;
  for (const m of script.matchAll(LITERAL)) {
    const value = decoded(m);
    const start = m.index ?? 0;
    if (end >= 0 && chains.length > 0 && /^\s*\+\s*$/.test(script.slice(end, start)))
      chains[chains.length - 1] += value;
    else chains.push(value);
    end = start + m[0].length;
  }
  return chains;
}
