/**
 * Chinese conversion (issue 7): speed of the article DOM conversion against plain opencc-js string
 * conversion in the same run, first-use and warm times for a 10,000-character article, and the bundle an
 * extension page gets. Figures only, no assertions. Goals: first use ≤ 300 ms including dictionary load,
 * warm ≤ 20 ms.
 *
 * The article is built from OpenCC's own test sentences (Simplified ones for s2tw, their s2tw conversion for
 * tw2s), in ~200-character paragraphs with inline tags cutting them at seeded random places.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const ms = (t: number) => `${t.toFixed(1)} ms`;
const rate = (chars: number, t: number) => `${(((chars / t) * 1000) / 1e6).toFixed(2)} M chars/s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cases: Array<{ input: string; expected: Record<string, string> }> = JSON.parse(
  readFileSync(join(root, 'test/fixtures/convert/opencc-testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1'),
).cases;
const sentences = cases.filter((c) => c.expected.s2tw).map((c) => c.input.replace(/\s+/g, ''));

/** ~`size` characters of paragraphs, each cut by 0–3 inline tags. */
function articleHtml(source: string[], size: number, seed: number): { html: string; chars: number } {
  const random = prng(seed);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < size) {
    let text = '';
    while (text.length < 200) text += source[Math.floor(random() * source.length)];
    const cps = [...text];
    const cuts = [
      ...new Set([
        0,
        ...Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * cps.length)),
        cps.length,
      ]),
    ].sort((a, b) => a - b);
    const pieces = cuts.slice(1).map((end, i) => cps.slice(cuts[i], end).join(''));
    paragraphs.push(`<p>${pieces.map((p, i) => (i % 2 ? `<b>${p}</b>` : p)).join('')}</p>`);
    chars += cps.length;
  }
  return { html: `<!DOCTYPE html><html><body><article>${paragraphs.join('\n')}</article></body></html>`, chars };
}

const { convertElement } = await import('../src/core/convert/dom.js');
const { loadConverter } = await import('../src/core/convert/load.js');

async function firstAndWarm(config: 's2tw' | 'tw2s', html: string, chars: number) {
  const doc = new JSDOM(html).window.document;
  const article = doc.querySelector('article')!;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const converter = await loadConverter(config);
  const t1 = performance.now();
  const first = convertElement(article, converter);
  const t2 = performance.now();
  const heapAfter = process.memoryUsage().heapUsed;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    first.restore();
    const s = performance.now();
    convertElement(article, converter);
    warm.push(performance.now() - s);
  }
  console.log(`${config}: ${chars} chars`);
  console.log(
    `  first use   ${ms(t2 - t0)}  (dictionary load + build ${ms(t1 - t0)}, first conversion ${ms(t2 - t1)}; heap +${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB)`,
  );
  console.log(`  warm        ${ms(median(warm))} median of 20  (min ${ms(Math.min(...warm))})`);
  return { converter, article, text: article.textContent ?? '' };
}

console.log('First use and warm, 10,000-character article in jsdom (goal: first ≤ 300 ms, warm ≤ 20 ms)');
const simplified = articleHtml(sentences, 10_000, 7);
const s2tw = await firstAndWarm('s2tw', simplified.html, simplified.chars);
const traditionalHtml = s2tw.converter.convert(simplified.html);
await firstAndWarm('tw2s', traditionalHtml, simplified.chars);

// Throughput: the same text as one string through opencc-js, through Winnow's converter, and as DOM.
const OpenCC = await import('opencc-js');
const t0 = performance.now();
const openccS2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const openccBuild = performance.now() - t0;
const plainText = new JSDOM(simplified.html).window.document.querySelector('article')!.textContent;
const big = plainText.repeat(20);
const bigHtml = simplified.html.replace(
  /<article>([\s\S]*)<\/article>/,
  (_m, inner: string) => `<article>${inner.repeat(20)}</article>`,
);
const bigDoc = new JSDOM(bigHtml).window.document.querySelector('article')!;
const time = (f: () => void, runs = 5) =>
  median(
    Array.from({ length: runs }, () => {
      const s = performance.now();
      f();
      return performance.now() - s;
    }),
  );
const tOpencc = time(() => openccS2tw(big));
const tWinnow = time(() => s2tw.converter.convert(big));
let domConversion = convertElement(bigDoc, s2tw.converter);
const tDom = time(() => {
  domConversion.restore();
  domConversion = convertElement(bigDoc, s2tw.converter);
});
console.log(`\nThroughput, s2tw, ${big.length} characters (20 × the article):`);
console.log(
  `  opencc-js Converter, one string      ${rate(big.length, tOpencc)}  (${ms(tOpencc)}; its build: ${ms(openccBuild)})`,
);
console.log(`  Winnow converter, one string         ${rate(big.length, tWinnow)}  (${ms(tWinnow)})`);
console.log(`  Winnow DOM conversion (block-wise)   ${rate(big.length, tDom)}  (${ms(tDom)})`);
console.log(`  same output: ${openccS2tw(big) === s2tw.converter.convert(big) ? 'yes' : 'NO'}`);

// Bundles: an extension page that loads a converter on demand, and a content script that only detects.
const dir = join(tmpdir(), `winnow-convert-bench-${process.pid}`);
const page = `import { loadConverter } from ${JSON.stringify(join(root, 'src/core/convert/load.ts'))};
import { convertElement } from ${JSON.stringify(join(root, 'src/core/convert/dom.ts'))};
export async function run(config, el) { convertElement(el, await loadConverter(config)); }`;
const content = `import { detectScript } from ${JSON.stringify(join(root, 'src/core/convert/detect.ts'))};
export const run = (text) => detectScript(text);`;
const build = async (name: string, contents: string, description: string) => {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    outdir: dir,
    entryNames: name,
    chunkNames: 'chunk-[hash]',
    logLevel: 'silent',
  });
  console.log(`\nBundle: ${name} (esbuild: bundle, splitting, format esm, charset utf8, minify)`);
  for (const file of result.outputFiles) {
    const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
    const entry = !file.path.includes('chunk-');
    // Recognised by an entry each dictionary is known to hold (STCharacters' 发 → 發, the t2s supplement).
    const what = entry
      ? `entry: ${description}`
      : file.text.includes('发 發|')
        ? 'lazy: to-Traditional dictionaries'
        : file.text.includes('樠 𣗊')
          ? 'lazy: to-Simplified dictionaries'
          : 'lazy: shared by both (CJK compatibility normalisation)';
    console.log(
      `  ${file.path.slice(dir.length + 1).padEnd(24)} ${kb(file.contents.length)}  gzip ${kb(gzipSync(file.contents).length)}  ${what}`,
    );
  }
};
await build('popup-or-reader', page, 'converter code and DOM writer, no dictionary');
await build('content-script', content, 'script detection only, no dictionary');
