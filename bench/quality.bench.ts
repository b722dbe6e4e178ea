/**
 * Extraction quality on the Zyte benchmark (metric: bench/lib/metric.ts, data: bench/data/zyte).
 *
 * 1. Readability.js alone (`new Readability(doc).parse().textContent`) — must reproduce the published row
 *    (F1 .947, P .914, R .982) before the port is trusted.
 * 2. Winnow (`clean()` → textContent) on the same parsed pages, side by side.
 * 3. The ten worst pages for Winnow.
 * 4. The Chinese fixture set (test/fixtures/zh), each Han/kana character a token.
 * 5. The development corpus (bench/data/devcorpus): other extractor projects' real pages, overall, per source,
 *    language and page type, and the pages Winnow loses most on (lib/dev-report.ts). `BENCH_DUMP=<dir>` writes
 *    each page's Winnow, Readability and expected text there, to read what a loss is made of.
 *
 * `BENCH_LIMIT=40 npm run bench -- quality` runs Zyte on an evenly spread subset while developing;
 * `BENCH_SETS=dev` (or `zyte,zh`) runs only the named parts; `BENCH_PACKS=mercury` (the corpus' zips, without
 * `.zip`) or `BENCH_PAGES=<part of an id>,…` scores only some of the development corpus.
 */
import { Readability } from '@mozilla/readability';
import { clean } from '../src/core/clean.js';
import { blockText } from '../src/core/text.js';
import {
  formatStrayLineRows,
  formatSummary,
  scorePage,
  strayLines,
  summarise,
  type LineCount,
  type PageScore,
} from './lib/metric.js';
import { quietDom, zytePages } from './lib/zyte.js';
import { zhFixtures } from './lib/zh-fixtures.js';
import { printDevReport, scoreDevCorpus } from './lib/dev-report.js';

interface Row {
  id: string;
  url: string;
  readability: PageScore;
  winnow: PageScore;
  /** Each one's lines, and those the expected text lacks. */
  lines: { readability: LineCount; winnow: LineCount };
}

const PUBLISHED = { f1: 0.947, precision: 0.914, recall: 0.982 };

/**
 * Readability alone: its `textContent` (what the published row scores) and its article's blocks one a line, as
 * Winnow's text is written, for the stray-lines figure.
 */
function readabilityText(doc: Document): { text: string; lines: string } {
  try {
    const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
      serializer: (node) => node as Element,
    }).parse();
    return { text: parsed?.textContent ?? '', lines: parsed?.content ? blockText(parsed.content) : '' };
  } catch {
    return { text: '', lines: '' };
  }
}

function winnowText(doc: Document, win: Window): string {
  try {
    return clean(doc, { window: win })?.textContent ?? '';
  } catch (error) {
    console.error('clean() threw:', (error as Error).message);
    return '';
  }
}

/** The parts to run: `BENCH_SETS=zyte,zh,dev` (all three when unset). */
const sets = process.env.BENCH_SETS?.split(',').map((s) => s.trim()) ?? ['zyte', 'zh', 'dev'];
const wanted = (set: string) => sets.includes(set);

const started = Date.now();
const rows: Row[] = [];
for (const page of wanted('zyte') ? zytePages() : []) {
  const dom = quietDom(page.html, page.url);
  const doc = dom.window.document;
  const readability = readabilityText(doc);
  const winnow = winnowText(doc, dom.window as unknown as Window);
  rows.push({
    id: page.id,
    url: page.url,
    readability: scorePage(page.truth, readability.text),
    winnow: scorePage(page.truth, winnow),
    lines: { readability: strayLines(page.truth, readability.lines), winnow: strayLines(page.truth, winnow) },
  });
  dom.window.close();
}

const fmt = (x: number | null) => (x === null ? '  — ' : x.toFixed(3));

if (rows.length) {
  const read = summarise(rows.map((r) => r.readability));
  const win = summarise(rows.map((r) => r.winnow));
  console.log(`Zyte benchmark, ${rows.length} pages (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(
    `${'published Readability.js'.padEnd(28)} F1 ${PUBLISHED.f1}  P ${PUBLISHED.precision}  R ${PUBLISHED.recall}`,
  );
  console.log(formatSummary('Readability.js 0.6.0 (ours)', read));
  console.log(formatSummary('Winnow clean()', win));
  console.log(formatStrayLineRows(rows));

  console.log('\nWorst pages for Winnow (F1 / P / R, Readability F1):');
  for (const r of [...rows].sort((a, b) => a.winnow.f1 - b.winnow.f1).slice(0, 10)) {
    console.log(
      `  ${fmt(r.winnow.f1)} / ${fmt(r.winnow.precision)} / ${fmt(r.winnow.recall)}  ` +
        `(R.js ${fmt(r.readability.f1)})  ${r.id.slice(0, 12)}  ${r.url}`,
    );
  }
}

const zh = !wanted('zh') ? [] : zhFixtures().filter((f) => f.expected.text.length > 0);
if (zh.length) {
  const zhRows = zh.map((f) => {
    const dom = quietDom(f.html, f.url);
    const doc = dom.window.document;
    const row = {
      name: f.name,
      readability: scorePage(f.expected.text, readabilityText(doc).text, { cjk: true }),
      winnow: scorePage(f.expected.text, winnowText(doc, dom.window as unknown as Window), { cjk: true }),
    };
    dom.window.close();
    return row;
  });
  console.log(`\nChinese fixtures (test/fixtures/zh), each Han/kana character a token, ${zhRows.length} pages`);
  console.log(formatSummary('Readability.js 0.6.0', summarise(zhRows.map((r) => r.readability))));
  console.log(formatSummary('Winnow clean()', summarise(zhRows.map((r) => r.winnow))));
  for (const r of zhRows) console.log(`  ${fmt(r.winnow.f1)} (R.js ${fmt(r.readability.f1)})  ${r.name}`);
}

if (wanted('dev')) {
  printDevReport(
    scoreDevCorpus((html, url) => {
      const dom = quietDom(html, url);
      const doc = dom.window.document;
      const readability = readabilityText(doc);
      const texts = {
        readability: readability.text,
        readabilityLines: readability.lines,
        winnow: winnowText(doc, dom.window as unknown as Window),
      };
      dom.window.close();
      return texts;
    }),
  );
}
