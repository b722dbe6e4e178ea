/**
 * Search-referrer guards (pattern 13a): the places where a script tests `document.referrer` against search
 * engines, with the code that runs when the test passes —
 *   if (/\.(baidu|sogou)\./.test(document.referrer)) { location.href = '…' }      the `if` branch (and `else`)
 *   /bing|baidu/.test(document.referrer) && top.location.replace('…')            the `&&` / `?` operand
 * A cloaker's test and its redirect are one short statement. Large scripts (analytics, paywalls, ad loaders)
 * also read the referrer, name a search engine and change location — but in different statements, often
 * kilobytes apart: only a redirect inside the guarded branch, within a few hundred characters, counts.
 */
import { closingBracket, literalBodies, operandEnd, scanTo, statementEnd } from './script-scan.js';

/** Search engines cloakers test the referrer against (the first label of their registrable domain). */
export const ENGINE_NAMES = [
  'baidu',
  'sogou',
  'soso',
  'so',
  'sm',
  'google',
  'bing',
  'yahoo',
  '360',
  'haosou',
  'shenma',
  'toutiao',
  'youdao',
  'yandex',
  'uc',
  'yisou',
  'sina',
];
export const ENGINE = new RegExp(`(?<![a-z0-9])(?:${ENGINE_NAMES.join('|')})(?![a-z0-9])`, 'i');

/** A guard's condition and, separately, the branch it guards, each a line or two in spam. */
const MAX_CONDITION = 400;
const MAX_BRANCH = 400;
/** How far before its test the referrer, or a list of engines, may be put in a variable. */
const ALIAS_WINDOW = 300;
/** How far after the referrer is read an `&&` / `?` may make its test a guard. */
const MAX_TEST = 150;
/** Scripts reading the referrer more often than this are libraries, not a cloaker's few lines. */
const MAX_READS = 20;

const REFERRER = /\breferrer\b/g;
/** `var r = document.referrer` (the text before `referrer`): the variable now holding it. */
const ASSIGNED_TO = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*(?:[\w$]+\s*\.\s*)*$/;
/** `e = ["baidu", …]`, `re = /baidu|sogou/`, `s = "baidu"`, `new RegExp("…")`: a variable naming engines. */
const LIST_ASSIGNMENT =
  /(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*(\[[^\]]{0,300}\]|new\s+RegExp\s*\([^)]{0,300}\)|"[^"\n]{0,300}"|'[^'\n]{0,300}'|\/(?:\\.|[^/\n]){1,300}\/[a-z]*)/g;
const IF = /\bif\s*\(/g;

export interface Guard {
  /** The test: an `if` condition, or the expression before `&&` / `?`. */
  condition: string;
  /** The code that runs when the test passes. */
  branch: string;
  /** The script from a little before the test to the end of the branch (variables set up for the redirect). */
  region: string;
}

const mentions = (code: string, name: string): boolean =>
  new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code);

/** Whether a condition names a search engine: in its own literals, or through a list variable set just before. */
function namesEngine(condition: string, before: string): boolean {
  if (literalBodies(condition).some((body) => ENGINE.test(body))) return true;
  for (const m of before.matchAll(LIST_ASSIGNMENT)) {
    const name = m[1] as string;
    if (literalBodies(m[2] as string).some((body) => ENGINE.test(body)) && mentions(condition, name)) return true;
  }
  return false;
}

/** Where the referrer is read: each `referrer`, and each use of a variable assigned it shortly after. */
function referrerReads(text: string): number[] {
  const reads: number[] = [];
  for (const m of text.matchAll(REFERRER)) {
    const at = m.index ?? 0;
    reads.push(at);
    const alias = ASSIGNED_TO.exec(text.slice(Math.max(0, at - 60), at))?.[1];
    if (!alias) continue;
    const after = text.slice(at, at + ALIAS_WINDOW);
    const use = new RegExp(`(?<![\\w$.])${alias.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    for (const u of after.matchAll(use)) reads.push(at + (u.index ?? 0));
  }
  return reads;
}

/** The body of an `if` from its first character: a block, or one statement; then its `else`, if any. */
function ifBranches(text: string, from: number): [number, number] | null {
  let i = from;
  while (/\s/.test(text[i] ?? '')) i++;
  const end = text[i] === '{' ? closingBracket(text, i, MAX_BRANCH) : statementEnd(text, i, MAX_BRANCH);
  if (end < 0) return null;
  let j = end;
  while (/[\s;]/.test(text[j] ?? '')) j++;
  if (!/^else\b/.test(text.slice(j, j + 5))) return [from, end];
  const alt = ifBranches(text, j + 4);
  return [from, alt ? alt[1] : end];
}

/** The `if` whose condition holds the read at `at`, the nearest first. */
function ifGuard(text: string, at: number): { condition: [number, number]; branch: [number, number] } | null {
  const start = Math.max(0, at - MAX_CONDITION);
  const ifs = [...text.slice(start, at).matchAll(IF)].reverse();
  for (const m of ifs) {
    const open = start + (m.index ?? 0) + m[0].length - 1;
    const close = closingBracket(text, open, MAX_CONDITION);
    if (close < 0 || close <= at) continue;
    const branch = ifBranches(text, close);
    return branch ? { condition: [open, close], branch } : null;
  }
  return null;
}

/** The `test && consequence` or `test ? consequence : …` the read at `at` is the test of. */
function operatorGuard(text: string, at: number): { condition: [number, number]; branch: [number, number] } | null {
  const op = scanTo(
    text,
    at,
    MAX_TEST,
    (c, depth, i) =>
      depth <= 0 &&
      (c === ';' ||
        c === ',' ||
        c === '{' ||
        c === '}' ||
        (c === '&' && text[i + 1] === '&') ||
        (c === '?' && text[i + 1] !== '.' && text[i + 1] !== '?')),
  );
  if (op < 0 || (text[op] !== '&' && text[op] !== '?')) return null;
  const from = op + (text[op] === '&' ? 2 : 1);
  const end = operandEnd(text, from, MAX_BRANCH);
  if (end < 0) return null;
  // The test begins after the previous statement (a `;` or line break), at most MAX_TEST before the read.
  const floor = Math.max(0, at - MAX_TEST);
  const start = Math.max(floor, text.lastIndexOf(';', at) + 1, text.lastIndexOf('\n', at) + 1);
  return { condition: [start, op], branch: [from, end] };
}

/** Every search-referrer guard in a script. */
export function searchGuards(text: string): Guard[] {
  const reads = referrerReads(text);
  if (reads.length > MAX_READS) return [];
  const guards: Guard[] = [];
  const seen = new Set<string>();
  for (const at of reads) {
    for (const found of [ifGuard(text, at), operatorGuard(text, at)]) {
      if (!found) continue;
      const [cs, ce] = found.condition;
      const [bs, be] = found.branch;
      const key = `${cs}:${bs}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const condition = text.slice(cs, ce);
      const before = text.slice(Math.max(0, cs - ALIAS_WINDOW), cs);
      if (!namesEngine(condition, before)) continue;
      guards.push({ condition, branch: text.slice(bs, be), region: text.slice(Math.max(0, cs - ALIAS_WINDOW), be) });
    }
  }
  return guards;
}
