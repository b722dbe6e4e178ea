/**
 * Per-group figures for a corpus scored by two extractors: one line per group (a language, a page type),
 * Readability and Winnow side by side, so a regression in one slice is not hidden by the overall mean.
 */
import { summarise, type PageScore, type Summary } from './metric.js';

export interface ScoredRow {
  readability: PageScore;
  winnow: PageScore;
}

const three = (x: number) => x.toFixed(3).replace(/^0/, '');
const cell = (s: Summary) => `${three(s.f1)} / ${three(s.precision)} / ${three(s.recall)}`;

export function groupSummaries<R extends ScoredRow>(rows: readonly R[], groupOf: (row: R) => string): string[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = groupOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([key, members]) => {
    const read = summarise(members.map((r) => r.readability));
    const win = summarise(members.map((r) => r.winnow));
    return `${key.padEnd(8)} ${String(members.length).padStart(4)} pages   Winnow ${cell(win)}   R.js ${cell(read)}`;
  });
}
