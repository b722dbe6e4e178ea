/**
 * Per-group figures for a corpus scored by two extractors: one line per group (a source, a language, a page
 * type), Readability and Winnow side by side, so a regression in one slice is not hidden by the overall mean.
 * Pages whose expected text is only the article's opening, or only a part of it, add a recall column: they say
 * whether that text was kept, never what else was.
 */
import { summarise, type PageScore, type Summary } from './metric.js';

export interface ScoredRow {
  readability: PageScore;
  winnow: PageScore;
  /** Set when only the article's opening or a part is known: the share of its shingles each extractor kept. */
  opening?: { readability: number; winnow: number };
}

const three = (x: number) => x.toFixed(3).replace(/^0/, '');
const cell = (s: Summary) => `${three(s.f1)} / ${three(s.precision)} / ${three(s.recall)}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function groupSummaries<R extends ScoredRow>(rows: readonly R[], groupOf: (row: R) => string): string[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = groupOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([key, members]) => {
      const full = members.filter((r) => !r.opening);
      const openings = members.flatMap((r) => (r.opening ? [r.opening] : []));
      const fullCells = full.length
        ? `Winnow ${cell(summarise(full.map((r) => r.winnow)))}   R.js ${cell(summarise(full.map((r) => r.readability)))}`
        : ' '.repeat(52);
      const openCells = openings.length
        ? `   opening/part R ${three(mean(openings.map((o) => o.winnow)))} (R.js ${three(mean(openings.map((o) => o.readability)))}, ${openings.length} pages)`
        : '';
      return `${key.padEnd(12)} ${String(full.length).padStart(4)} full  ${fullCells}${openCells}`;
    });
}
