/**
 * Metadata agreement on Readability's 130 peer pages (test/fixtures/peers/readability): the share of pages
 * whose title, byline, lang, dir and publishedTime equal expected-metadata.json (whitespace collapsed),
 * per field and all five together, then every mismatch grouped by field so each can be explained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/core/clean.js';
import { quietDom } from './lib/zyte.js';

const DIR = new URL('../test/fixtures/peers/readability/', import.meta.url);
const FIELDS = ['title', 'byline', 'lang', 'dir', 'publishedTime'] as const;
type Field = (typeof FIELDS)[number];

const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() || null : (v ?? null));

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const agree: Record<Field, number> = { title: 0, byline: 0, lang: 0, dir: 0, publishedTime: 0 };
const mismatches: Record<Field, string[]> = { title: [], byline: [], lang: [], dir: [], publishedTime: [] };
let allFive = 0;
for (const name of cases) {
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, DIR), 'utf8')) as Record<
    string,
    unknown
  >;
  const html = gunzipSync(readFileSync(new URL(`${name}/source.html.gz`, DIR))).toString('utf8');
  const dom = quietDom(html, typeof expected.url === 'string' ? expected.url : 'http://fakehost/test/page.html');
  const article = clean(dom.window.document, { window: dom.window as unknown as Window });
  let ok = 0;
  for (const field of FIELDS) {
    const want = norm(expected[field]);
    const got = norm(article?.[field]);
    if (want === got) {
      agree[field]++;
      ok++;
    } else {
      mismatches[field].push(`${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  if (ok === FIELDS.length) allFive++;
  dom.window.close();
}

const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
console.log(`Metadata agreement on ${cases.length} Readability peer pages`);
for (const field of FIELDS) console.log(`  ${field.padEnd(14)} ${pct(agree[field])} (${agree[field]}/${cases.length})`);
console.log(`  ${'all five'.padEnd(14)} ${pct(allFive)} (${allFive}/${cases.length})`);
for (const field of FIELDS) {
  if (!mismatches[field].length) continue;
  console.log(`\n${field} mismatches (${mismatches[field].length}):`);
  for (const line of mismatches[field]) console.log(`  ${line.slice(0, 220)}`);
}
