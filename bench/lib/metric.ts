/**
 * The Zyte article-extraction metric (bench/data/zyte/README.md), ported: 4-token shingles compared as
 * multisets per page, precision and recall averaged over pages, F1 from the two means.
 *
 * Tokens are Python's Unicode `\w+` runs. Chinese and Japanese have no spaces, so `\w+` would make one
 * token of a whole sentence; in `cjk` mode each Han or kana character is a token of its own.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
/** Han (incl. extension A and compatibility ideographs), hiragana, katakana. */
const HAN_KANA = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const SPLIT_CJK =
  /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

export interface TokenizeOptions {
  /** Count each Han or kana character as its own token. */
  cjk?: boolean;
}

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const words = text.match(WORD) ?? [];
  if (!options.cjk) return words;
  const out: string[] = [];
  for (const word of words) {
    if (!HAN_KANA.test(word)) out.push(word);
    else out.push(...(word.match(SPLIT_CJK) ?? []));
  }
  return out;
}

/** All runs of four consecutive tokens, counted; a text shorter than four tokens is one shingle. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length === 0) return counts;
  if (tokens.length < size) add(tokens.join('\u0001'));
  else for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join('\u0001'));
  return counts;
}

/**
 * Share of the expected text's shingles (with multiplicity) that `actual` also has, each Han or kana character a
 * token: how much of a text survived. `expected` may be given as tokens already.
 */
export function keptShare(expected: string | readonly string[], actual: string): number {
  const want = shingles(typeof expected === 'string' ? tokenize(expected, { cjk: true }) : expected);
  const have = shingles(tokenize(actual, { cjk: true }));
  let total = 0;
  let kept = 0;
  for (const [s, n] of want) {
    total += n;
    kept += Math.min(n, have.get(s) ?? 0);
  }
  return total ? kept / total : 1;
}

export interface PageScore {
  /** Shares of tp+fp+fn (the metric normalises per page so every page weighs the same). */
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number;
  /** Token sequences identical. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string, options: TokenizeOptions = {}): PageScore {
  const truthTokens = tokenize(truth, options);
  const predTokens = tokenize(predicted, options);
  const t = shingles(truthTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  const exact = truthTokens.length === predTokens.length && truthTokens.every((tok, i) => tok === predTokens[i]);
  if (total === 0) return { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, exact };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  const both = nfp === 0 && nfn === 0;
  const precision = both ? 1 : ntp + nfp > 0 ? ntp / (ntp + nfp) : null;
  const recall = both ? 1 : ntp + nfn > 0 ? ntp / (ntp + nfn) : null;
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: ntp, fp: nfp, fn: nfn, precision, recall, f1, exact };
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarise(scores: readonly PageScore[]): Summary {
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, precision, recall, f1, accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))) };
}

const three = (x: number) => x.toFixed(3).replace(/^0/, '');

export function formatSummary(label: string, s: Summary): string {
  return (
    `${label.padEnd(28)} F1 ${three(s.f1)}  P ${three(s.precision)}  R ${three(s.recall)}  ` +
    `acc ${three(s.accuracy)}  (${s.pages} pages)`
  );
}

/** A page's output lines, and how many of them the expected text lacks (see `strayLines`). */
export interface LineCount {
  lines: number;
  stray: number;
}

/**
 * The lines of `predicted` (its blocks, one a line) that the expected text lacks: fewer than half of the line's runs
 * of four tokens (a shorter line: its tokens in a row) occur in `truth`. A segment measure, as the multilingual
 * benchmark's is (each boilerplate segment kept counts once, however short), where the token F1 weighs a leaked
 * byline, kicker or "Share this" by its three words. Lines without a word are not counted.
 */
export function strayLines(truth: string, predicted: string, options: TokenizeOptions = {}): LineCount {
  const truthTokens = tokenize(truth, options);
  const runs = new Set(shingles(truthTokens).keys());
  const joined = `\u0001${truthTokens.join('\u0001')}\u0001`;
  let lines = 0;
  let stray = 0;
  for (const line of predicted.split('\n')) {
    const tokens = tokenize(line, options);
    if (!tokens.length) continue;
    lines++;
    if (tokens.length < 4) {
      if (!joined.includes(`\u0001${tokens.join('\u0001')}\u0001`)) stray++;
      continue;
    }
    let found = 0;
    for (let i = 0; i + 4 <= tokens.length; i++) if (runs.has(tokens.slice(i, i + 4).join('\u0001'))) found++;
    if (found < (tokens.length - 3) / 2) stray++;
  }
  return { lines, stray };
}

/** Stray lines over pages: their share of all lines, and the mean of each page's share. */
function formatStrayLines(label: string, counts: readonly LineCount[]): string {
  const lines = counts.reduce((n, c) => n + c.lines, 0);
  const stray = counts.reduce((n, c) => n + c.stray, 0);
  const pageShares = counts.filter((c) => c.lines > 0).map((c) => c.stray / c.lines);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return (
    `${label.padEnd(28)} ${pct(lines ? stray / lines : 0)} of ${lines} lines, ` +
    `a page's mean ${pct(mean(pageShares))}`
  );
}

/** The stray-lines figure of a set of pages, Readability's beside Winnow's, as the quality bench prints it. */
export function formatStrayLineRows(
  pages: readonly { lines: { readability: LineCount; winnow: LineCount } }[],
  scope = '',
): string {
  return [
    `Lines the expected text lacks (${scope}a line: a block of the output):`,
    formatStrayLines(
      '  Readability.js 0.6.0',
      pages.map((p) => p.lines.readability),
    ),
    formatStrayLines(
      '  Winnow clean()',
      pages.map((p) => p.lines.winnow),
    ),
  ].join('\n');
}
