/**
 * Obfuscated spam scripts (patterns 12, 13), read without running them. Hacked pages hide the same referrer
 * redirect or `document.write` of spam links behind the usual wrappers:
 *   eval(atob('aWYoL1wuKGJhaWR1…'))            document.write(atob("PGRpdiBzdHlsZT0…"))
 *   window['atob']('…')                         decodeURIComponent(escape(atob('…')))
 *   eval(String.fromCharCode(105,102,40,…))     eval(unescape('%69%66…')), eval(decodeURIComponent('…'))
 *   eval(function(p,a,c,k,e,d){…}('0 1=…',62,10,'word|list'.split('|'),0,{}))      (Dean Edwards' packer)
 * Each wrapper is a pure function of string literals, so it can be computed here: the script is rewritten with
 * each decodable call replaced by what it gives — a string literal for a value (`atob('…')` → `"<div …>"`), the
 * decoded code itself, in a block, for `eval` / `Function` — pass after pass, so wrappers nest. Nothing runs:
 * only these few functions are applied to literal arguments, and anything else (a variable, an unknown call,
 * invalid input) leaves the call as it is.
 *
 * The readings go to the same rules as the plain text (cloaking.ts, docwrite.ts), with the same precision
 * checks. Ordinary pages pay one regular-expression pass per inline script: nothing is decoded unless it names
 * a wrapper. Hostile input is bounded: passes, depth, the size of every rewrite and of all readings together.
 */
import { closingBracket, scanTo } from './script-scan.js';
import { stringChains, unescapeJs } from './script-text.js';

/** Longer scripts are not read at all (inlineScripts drops them too). */
const MAX_INPUT = 200_000;
/** Bound on one rewritten text, and on all readings of one script together. */
const MAX_TEXT = 400_000;
/** Rewriting passes: each peels one layer (`eval(decodeURIComponent(escape(atob(…))))` takes three). */
const MAX_PASSES = 8;
/** Literals holding a wrapper of their own (a written `<script>eval(atob(…))</script>`), read this deep. */
const MAX_DEPTH = 2;
const MAX_READINGS = 16;
/** Decoded values shorter than this are ordinary strings (`String.fromCharCode(65)`), not hidden script. */
const MIN_VALUE = 8;
const MAX_VALUES = 32;
/** The packer's own function body is a few hundred characters; its dictionary a few thousand words. */
const MAX_PACKER_BODY = 2_000;
const MAX_PACKER_WORDS = 50_000;

/** Any wrapper's name, in one pass over the script: all an ordinary script goes through. */
const TRIGGER =
  /atob|fromCharCode|\beval\s*\(\s*(?:window\s*\.\s*)?(?:unescape|decodeURI)|function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,/;

/** Whether a script names a wrapper worth decoding. */
export const hidesScript = (text: string): boolean => TRIGGER.test(text);

/**
 * Where a decodable call may start: a wrapper's name, maybe behind `window.` / `window['…']` / `String.`, or the
 * packer's function (maybe in parentheses).
 */
const START =
  /(?:\b(?:window|self|top|globalThis|this|String)\s*(?:\.\s*|\[\s*(["'])))?\b(atob|fromCharCode|unescape|decodeURIComponent|decodeURI|eval|Function)\b(?:\1\s*\])?|(\(\s*)?\bfunction\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[A-Za-z_$]\s*\)\s*\{/g;
/** One string literal at a position (a template only without `${…}`). */
const LITERAL = /"((?:\\[\s\S]|[^"\\\n])*)"|'((?:\\[\s\S]|[^'\\\n])*)'|`((?:\\[\s\S]|[^`\\$]|\$(?!\{))*)`/y;
const NUMBER = /\s*(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)\s*/y;
const SPLIT = /\s*\.\s*split\s*\(/y;
const PACKER_TAIL = /\s*(?:,[^()]{0,40})?\)/y;
const APPLY = /\s*\.\s*apply\s*\(\s*[\w$.]*\s*,\s*\[/y;
const SPREAD = /\s*\(\s*\.\.\.\s*\[/y;
const CALL = /\s*\(\s*\)/y;

interface Replacement {
  start: number;
  end: number;
  /** What the call gives. */
  value: string;
  /** The value is code the call runs (`eval`, `Function`), not a string it returns. */
  code: boolean;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

function sticky(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The string literal at `i` (spaces skipped): its value and the index after it. */
function literalAt(text: string, i: number): [string, number] | null {
  const m = sticky(LITERAL, text, skipSpace(text, i));
  return m ? [unescapeJs(m[1] ?? m[2] ?? m[3] ?? ''), LITERAL.lastIndex] : null;
}

/** Literals joined by `+` from `i`: their value and the index after the last one. */
function chainAt(text: string, i: number): [string, number] | null {
  const first = literalAt(text, i);
  if (!first) return null;
  let [value, end] = first;
  for (;;) {
    const plus = skipSpace(text, end);
    if (text[plus] !== '+') break;
    const next = literalAt(text, plus + 1);
    if (!next) break;
    value += next[0];
    end = next[1];
    if (value.length > MAX_TEXT) return null;
  }
  return [value, end];
}

/** `(literals)` from `i`: the argument's value and the index after the `)`. */
function literalArgument(text: string, i: number): [string, number] | null {
  const open = skipSpace(text, i);
  if (text[open] !== '(') return null;
  const arg = chainAt(text, open + 1);
  if (!arg) return null;
  const close = skipSpace(text, arg[1]);
  return text[close] === ')' ? [arg[0], close + 1] : null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** `atob` as the HTML standard defines it (forgiving base64 to a binary string), or null where it would throw. */
export function base64Decode(input: string): string | null {
  let data = input.replace(/[\t\n\f\r ]+/g, '');
  if (data.length % 4 === 0) data = data.replace(/==?$/, '');
  if (data.length % 4 === 1) return null;
  const out: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const v = code < 128 ? (B64_VALUE[code] as number) : -1;
    if (v < 0) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return fromCodes(out);
}

/** `String.fromCharCode(...codes)` without a call per code or a stack-deep spread. */
function fromCodes(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/** A comma-separated list of numeric literals from `i` up to `close`: the codes and the index after `close`. */
function numbersAt(text: string, i: number, close: string): [number[], number] | null {
  const codes: number[] = [];
  for (;;) {
    const m = sticky(NUMBER, text, i);
    if (!m) return null;
    codes.push(Number(m[1]));
    if (codes.length > MAX_TEXT) return null;
    i = NUMBER.lastIndex;
    if (text[i] === ',') i++;
    else if (text[i] === close) return [codes, i + 1];
    else return null;
  }
}

/** `(105, 0x66, …)`, `.apply(null, [105, …])` or `(...[105, …])` after `fromCharCode`. */
function charCodes(text: string, i: number): [string, number] | null {
  let list: [number[], number] | null = null;
  const array = sticky(APPLY, text, i) ? APPLY.lastIndex : sticky(SPREAD, text, i) ? SPREAD.lastIndex : -1;
  if (array >= 0) {
    const inner = numbersAt(text, array, ']');
    const close = inner ? skipSpace(text, inner[1]) : -1;
    if (inner && text[close] === ')') list = [inner[0], close + 1];
  } else {
    const open = skipSpace(text, i);
    if (text[open] === '(') list = numbersAt(text, open + 1, ')');
  }
  return list ? [fromCodes(list[0]), list[1]] : null;
}

/** A pure global applied to a literal, null where it would throw. */
function attempt(decode: (s: string) => string, value: string): string | null {
  try {
    return decode(value);
  } catch {
    return null;
  }
}

/** `decodeURIComponent(…)` / `decodeURI(…)`, its argument a literal or `escape(literal)` (UTF-8 bytes to text). */
function uriDecoded(text: string, i: number, decode: (s: string) => string): [string, number] | null {
  const open = skipSpace(text, i);
  if (text[open] !== '(') return null;
  const inner = skipSpace(text, open + 1);
  if (text.startsWith('escape', inner)) {
    const arg = literalArgument(text, inner + 'escape'.length);
    const close = arg ? skipSpace(text, arg[1]) : -1;
    if (!arg || text[close] !== ')') return null;
    const value = attempt((s) => decode(escape(s)), arg[0]);
    return value === null ? null : [value, close + 1];
  }
  const arg = literalArgument(text, i);
  const value = arg ? attempt(decode, arg[0]) : null;
  return arg && value !== null ? [value, arg[1]] : null;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** The dictionary index a packed word stands for (the packer's base-`a` encoding, no leading zeros), or -1. */
function packedIndex(word: string, radix: number, count: number): number {
  if (word.length > 1 && word[0] === '0') return -1;
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const d = code < 128 ? (DIGIT_VALUE[code] as number) : -1;
    if (d < 0 || d >= radix) return -1;
    n = n * radix + d;
    if (n >= count) return -1;
  }
  return n;
}

/**
 * The packer's output, computed as its code computes it: every word of `p` that encodes a dictionary index `n`
 * in base `a` becomes `k[n]` (an empty entry keeps the word). Null beyond the size bound or for radixes the
 * standard packer does not emit (its 95-symbol variant).
 */
export function unpack(p: string, radix: number, count: number, words: string[]): string | null {
  if (radix < 2 || radix > 62 || count > MAX_PACKER_WORDS) return null;
  const parts: string[] = [];
  let size = 0;
  let last = 0;
  for (const m of p.matchAll(/\b\w+\b/g)) {
    const n = packedIndex(m[0], radix, count);
    const word = n >= 0 ? words[n] : undefined;
    if (!word) continue;
    const at = m.index ?? 0;
    parts.push(p.slice(last, at), word);
    size += at - last + word.length;
    last = at + m[0].length;
    if (size > MAX_TEXT) return null;
  }
  parts.push(p.slice(last));
  return size + p.length - last > MAX_TEXT ? null : parts.join('');
}

/** `function(p,a,c,k,e,d){…}('…', 62, 10, '…'.split('|'), 0, {})` from the START match `m`. */
function packed(text: string, m: RegExpExecArray): Replacement | null {
  const brace = (m.index ?? 0) + m[0].length - 1;
  const bodyEnd = closingBracket(text, brace, MAX_PACKER_BODY);
  if (bodyEnd < 0) return null;
  let start = m.index ?? 0;
  let i = skipSpace(text, bodyEnd);
  if (m[3] !== undefined && text[i] === ')')
    i = skipSpace(text, i + 1); // `(function(p,a,c,k,e,d){…})(…)`
  else if (m[3] !== undefined) start += m[3].length;
  if (text[i] !== '(') return null;
  const p = chainAt(text, i + 1);
  if (!p) return null;
  const numbers: number[] = [];
  i = p[1];
  for (let n = 0; n < 2; n++) {
    i = skipSpace(text, i);
    const num = text[i] === ',' ? sticky(NUMBER, text, i + 1) : null;
    if (!num) return null;
    numbers.push(Number(num[1]));
    i = NUMBER.lastIndex;
  }
  if (text[i] !== ',') return null;
  const k = literalAt(text, i + 1);
  const split = k && sticky(SPLIT, text, k[1]) ? literalAt(text, SPLIT.lastIndex) : null;
  const close = split ? skipSpace(text, split[1]) : -1;
  if (!k || !split || text[close] !== ')' || !sticky(PACKER_TAIL, text, close + 1)) return null;
  const value = unpack(p[0], numbers[0] as number, numbers[1] as number, k[0].split(split[0]));
  return value === null ? null : { start, end: PACKER_TAIL.lastIndex, value, code: false };
}

/** The decodable call at a START match, or null. */
function callAt(text: string, m: RegExpExecArray): Replacement | null {
  const name = m[2];
  if (name === undefined) return packed(text, m);
  const start = m.index ?? 0;
  const after = start + m[0].length;
  let read: [string, number] | null = null;
  switch (name) {
    case 'atob': {
      const arg = literalArgument(text, after);
      const value = arg ? base64Decode(arg[0]) : null;
      read = arg && value !== null ? [value, arg[1]] : null;
      break;
    }
    case 'fromCharCode':
      read = charCodes(text, after);
      break;
    case 'unescape': {
      const arg = literalArgument(text, after);
      read = arg ? [unescape(arg[0]), arg[1]] : null;
      break;
    }
    case 'decodeURIComponent':
      read = uriDecoded(text, after, decodeURIComponent);
      break;
    case 'decodeURI':
      read = uriDecoded(text, after, decodeURI);
      break;
    case 'eval':
    case 'Function': {
      const arg = literalArgument(text, after);
      // `new Function("")` and the like: feature tests, not hidden code; not worth a walk over a library.
      if (!arg || arg[0].trim().length < MIN_VALUE) return null;
      // `Function('…')()` runs at once; `new Function('…')` is read the same.
      const call = name === 'Function' ? sticky(CALL, text, arg[1]) : null;
      return { start, end: call ? CALL.lastIndex : arg[1], value: arg[0], code: true };
    }
  }
  return read ? { start, end: read[1], value: read[0], code: false } : null;
}

/** What the passes over one text found. */
interface Found {
  /** Decoded strings, to be read on their own where the script keeps them aside. */
  values: string[];
  /** Something was decoded (not only a plain `eval('…')` run in place). */
  decoded: boolean;
  /** Something of size was replaced: a single `String.fromCharCode(92)` is no reason for a second reading. */
  sizable: boolean;
}

/** One pass: every decodable call in code (not inside a literal or comment) replaced. */
function rewrite(text: string, found: Found): string {
  const calls: Replacement[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const call = callAt(text, m);
    if (!call) continue;
    calls.push(call);
    START.lastIndex = call.end;
  }
  if (calls.length === 0) return text;
  // Only now, with something to replace, is the script walked to see which calls are code.
  const inCode = new Set<number>();
  let next = 0;
  scanTo(text, 0, text.length, (_c, _depth, at) => {
    while (next < calls.length && (calls[next] as Replacement).start < at) next++;
    if (next < calls.length && (calls[next] as Replacement).start === at) inCode.add(at);
    return next >= calls.length;
  });
  let out = '';
  let last = 0;
  let size = text.length;
  for (const call of calls) {
    if (!inCode.has(call.start)) continue;
    const replacement = call.code ? `{\n${call.value}\n}` : JSON.stringify(call.value);
    size += replacement.length - (call.end - call.start);
    if (size > MAX_TEXT) break;
    out += text.slice(last, call.start) + replacement;
    last = call.end;
    if (call.value.length >= MIN_VALUE) found.sizable = true;
    if (call.code) continue;
    found.decoded = true;
    if (call.value.length >= MIN_VALUE && found.values.length < MAX_VALUES) found.values.push(call.value);
  }
  return last === 0 ? text : out + text.slice(last);
}

interface Budget {
  chars: number;
  readings: string[];
}

function add(budget: Budget, reading: string): void {
  if (budget.readings.length >= MAX_READINGS || budget.chars < reading.length || budget.readings.includes(reading))
    return;
  budget.chars -= reading.length;
  budget.readings.push(reading);
}

function decode(text: string, depth: number, budget: Budget): void {
  const found: Found = { values: [], decoded: false, sizable: false };
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = rewrite(current, found);
    if (next === current) break;
    current = next;
  }
  if (found.decoded && found.sizable) add(budget, current);
  // A decoded string the script keeps in a variable (`var s = atob('…'); eval(s)`) is read on its own too;
  // one that was run in place (`eval(atob('…'))`) is already code in the rewritten text.
  for (const value of found.values) if (current.includes(JSON.stringify(value))) add(budget, value);
  if (depth <= 0) return;
  for (const literal of stringChains(current)) {
    if (literal.length < MIN_VALUE || literal === text || !hidesScript(literal)) continue;
    if (budget.chars < literal.length) return;
    decode(literal, depth - 1, budget);
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The script texts an inline script hides: itself with its decodable calls replaced (when any decode), each
 * decoded string it keeps aside, and the same for literals that carry a wrapper of their own. Empty for an
 * ordinary script, and whenever nothing decodes.
 */
export function hiddenScripts(text: string): readonly string[] {
  if (text.length > MAX_INPUT || !hidesScript(text)) return NONE;
  const budget: Budget = { chars: MAX_TEXT, readings: [] };
  decode(text, MAX_DEPTH, budget);
  return budget.readings.length > 0 ? budget.readings : NONE;
}

/** The cloaking and docwrite rules read the same scripts of a clone one after the other: read once. */
const readingsOf = new WeakMap<Element, readonly string[]>();

/** A script as the rules read it: its own text, then what it hides (nothing more for an ordinary script). */
export function scriptReadings(script: Element, text: string): readonly string[] {
  let readings = readingsOf.get(script);
  if (!readings) {
    const hidden = hiddenScripts(text);
    readings = hidden.length === 0 ? [text] : [text, ...hidden];
    readingsOf.set(script, readings);
  }
  return readings;
}
