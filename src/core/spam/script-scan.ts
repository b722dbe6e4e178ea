/**
 * Bracket-aware scanning of script text: enough to find an `if` condition and the branch it guards without a
 * JavaScript parser (none ships in the content script). String, template and regex literals and comments are
 * stepped over, so `{1,2}` inside `/\.(baidu|so)(\.[a-z]+){1,2}\//` or a `;` inside a string do not count.
 * Every scan is bounded by `max` characters: a spam guard and its consequence sit close together, and the
 * bound keeps a minified bundle's thousands of branches cheap.
 */

const OPENERS = '([{';
const CLOSERS = ')]}';
/** After one of these (spaces skipped) a `/` opens a regex literal; after anything else it divides. */
const BEFORE_REGEX = '(,=:[!&|?{};+-*%<>~^';
const KEYWORD_BEFORE_REGEX = /(?:^|[^\w$])(?:return|typeof|case|void|delete|in|of)$/;

function regexStarts(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/.test(text[k] as string)) k--;
  if (k < 0) return true;
  return BEFORE_REGEX.includes(text[k] as string) || KEYWORD_BEFORE_REGEX.test(text.slice(Math.max(0, k - 7), k + 1));
}

/** Index just past the literal or comment starting at `i`, or `i` when none starts there. */
function skipLiteral(text: string, i: number, end: number): number {
  const c = text[i];
  if (c === '"' || c === "'" || c === '`') {
    for (let j = i + 1; j < end; j++) {
      const d = text[j];
      if (d === '\\') j++;
      else if (d === c) return j + 1;
      else if (d === '\n' && c !== '`') return j;
    }
    return end;
  }
  if (c !== '/') return i;
  const next = text[i + 1];
  if (next === '/') {
    const nl = text.indexOf('\n', i);
    return nl < 0 || nl > end ? end : nl;
  }
  if (next === '*') {
    const close = text.indexOf('*/', i + 2);
    return close < 0 || close + 2 > end ? end : close + 2;
  }
  if (!regexStarts(text, i)) return i;
  let inClass = false;
  for (let j = i + 1; j < end; j++) {
    const d = text[j];
    if (d === '\\') j++;
    else if (d === '[') inClass = true;
    else if (d === ']') inClass = false;
    else if (d === '/' && !inClass) {
      let k = j + 1;
      while (k < end && /[a-z]/i.test(text[k] as string)) k++;
      return k;
    } else if (d === '\n') return j;
  }
  return end;
}

/**
 * Walks from `start` (at most `max` characters) outside literals and calls `stop` with each code character and
 * the bracket depth relative to `start` (a closer is reported at the depth after it closes, so an enclosing
 * group ending shows as -1). Returns the index where `stop` said yes, or -1.
 */
export function scanTo(
  text: string,
  start: number,
  max: number,
  stop: (c: string, depth: number, at: number) => boolean,
): number {
  const end = Math.min(text.length, start + max);
  let depth = 0;
  for (let i = start; i < end; i++) {
    const skipped = skipLiteral(text, i, end);
    if (skipped !== i) {
      i = skipped - 1;
      continue;
    }
    const c = text[i] as string;
    if (CLOSERS.includes(c)) depth--;
    if (stop(c, depth, i)) return i;
    if (OPENERS.includes(c)) depth++;
  }
  return -1;
}

/** Index just past the bracket closing the one at `open`, or -1 when it does not close within `max`. */
export function closingBracket(text: string, open: number, max: number): number {
  const at = scanTo(text, open, max, (c, depth) => depth === 0 && CLOSERS.includes(c));
  return at < 0 ? -1 : at + 1;
}

/** Where a scan that found no stop ends: the script's end when it was within reach, else nowhere (-1). */
const orEnd = (text: string, at: number, start: number, max: number): number =>
  at >= 0 ? at : text.length - start <= max ? text.length : -1;

/** End of the statement starting at `start`: its `;`, the end of the block around it, or of the script. */
export function statementEnd(text: string, start: number, max: number): number {
  return orEnd(
    text,
    scanTo(text, start, max, (c, depth) => depth < 0 || (depth === 0 && c === ';')),
    start,
    max,
  );
}

/** End of the operand starting at `start` of `a && b` / `a ? b : c`: a `;`, `,` or `:` on its level, or its group's end. */
export function operandEnd(text: string, start: number, max: number): number {
  const at = scanTo(
    text,
    start,
    max,
    (c, depth) => depth < 0 || (depth === 0 && (c === ';' || c === ',' || c === ':')),
  );
  return orEnd(text, at, start, max);
}

/** The raw bodies of the string, template and regex literals in a piece of script, in source order. */
export function literalBodies(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'" && c !== '`' && c !== '/') continue;
    const end = skipLiteral(text, i, text.length);
    if (end === i) continue;
    const comment = c === '/' && (text[i + 1] === '/' || text[i + 1] === '*');
    if (!comment) out.push(text.slice(i + 1, end).replace(c === '/' ? /\/[a-z]*$/i : /["'`]$/, ''));
    i = end - 1;
  }
  return out;
}
