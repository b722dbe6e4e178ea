/**
 * `npm run bench -- oracle`: the browser as oracle for the static path. Generated pages
 * (test/helpers/hidden-pages/generate.ts: hiding technique × parameters × units × style syntax × placement ×
 * template, plus look-alikes) are shown in headless Chromium; for every text block the pixels say whether a
 * reader sees it (oracle.ts), and that is compared with liveVerdicts (in the page) and staticVerdicts (jsdom,
 * the CLI's path). Goal (issue 13): static agrees with the browser on ≥ 99% of blocks, every disagreement on the
 * keep side (0 blocks lost). Figures only, no assertions.
 *
 *   node --import tsx bench/oracle.bench.ts [pages=300] [first seed=1]
 *   node --import tsx bench/oracle.bench.ts --page 25      one page's HTML and its three verdicts per probe
 *   node --import tsx bench/oracle.bench.ts --firefox 100  also liveVerdicts in Firefox, against Chromium's pixels
 */
import { generatePage, generatePages } from '../test/helpers/hidden-pages/generate.js';
import { openOracle, type Judged } from '../test/helpers/hidden-pages/judge.js';
import {
  agreement,
  breakdown,
  describeRow,
  printClasses,
  shapes,
  side,
  summaryLines,
} from '../test/helpers/hidden-pages/report.js';
import { MIN_PIXELS, MIN_RUN, PIXEL_CONTRAST } from '../test/helpers/hidden-pages/oracle.js';

const withFirefox = process.argv.includes('--firefox');
const args = process.argv.slice(2).filter((a) => a !== '--firefox');
const oracle = await openOracle({ firefox: withFirefox });
try {
  if (args[0] === '--page') {
    const page = generatePage(Number(args[1] ?? 1));
    console.log(page.html);
    for (const r of await oracle.judge(page))
      console.log(`${r.visible ? 'VISIBLE' : 'hidden '} ${r.probe.technique} × ${r.probe.syntax}: ${describeRow(r)}`);
  } else {
    const count = Number(args[0] ?? 300);
    const first = Number(args[1] ?? 1);
    const rows: Judged[] = [];
    const started = performance.now();
    for (const page of generatePages(count, first)) rows.push(...(await oracle.judge(page)));
    const ms = performance.now() - started;
    const a = agreement(rows);
    console.log(
      `\n${count} generated pages (seeds ${first}–${first + count - 1}), ${rows.length} text blocks: ` +
        `${rows.filter((r) => !r.visible).length} hidden from a reader by the pixels, ${rows.filter((r) => r.visible).length} visible`,
    );
    console.log(
      `  (oracle: a pixel differs at WCAG contrast ≥ ${PIXEL_CONTRAST} with the block's text switched off; visible = ≥ ${MIN_PIXELS} such pixels and a glyph stem ≥ ${MIN_RUN} px tall)\n`,
    );
    for (const line of summaryLines(a)) console.log(line);
    if (withFirefox) {
      const fox = rows.filter((r) => side(r, 'firefox') === 'agree').length / rows.length;
      const [loses, leaks] = (['loses', 'leaks'] as const).map(
        (s) => rows.filter((r) => side(r, 'firefox') === s).length,
      );
      console.log(
        `  live in Firefox vs oracle ${(100 * fox).toFixed(1).padStart(5)}%   loses ${loses}, leaks ${leaks} (Chromium's pixels as the oracle)`,
      );
    }
    console.log(
      `  goal: static agrees with the browser on ≥ 99% of blocks, every disagreement on the keep side (0 lose text)`,
    );
    console.log(
      `  static: ${(100 * a.staticOracle).toFixed(1)}% agree, ${a.staticLoses.length} blocks lost — ${a.staticOracle >= 0.99 && a.staticLoses.length === 0 ? 'goal met' : 'goal NOT met'}`,
    );
    console.log(`  time: ${(ms / count).toFixed(0)} ms a page (Chromium layout + screenshots + both verdicts)\n`);
    const groups = [
      ['By technique', (r: Judged) => r.probe.technique],
      ['By style syntax', (r: Judged) => r.probe.syntax],
      ['By placement', (r: Judged) => r.probe.placement],
      ['By template', (r: Judged) => r.probe.template],
    ] as const;
    for (const [title, key] of groups) {
      for (const line of breakdown(rows, key, title)) console.log(`  ${line}`);
      console.log('');
    }
    console.log('Static disagreements with the pixels, by technique × parameters (numbers as N; largest first):');
    for (const line of shapes(rows, 'static')) console.log(line);
    console.log('\nLive disagreements with the pixels, by technique × parameters:');
    for (const line of shapes(rows, 'live')) console.log(line);
    console.log('\nStatic disagreements with the pixels, by technique × syntax (largest first):');
    for (const line of printClasses(rows, 'static')) console.log(line);
    console.log('\nLive disagreements with the pixels, by technique × syntax (largest first):');
    for (const line of printClasses(rows, 'live')) console.log(line);
    if (withFirefox) {
      console.log('\nLive in Firefox: disagreements with the pixels, by technique × syntax (largest first):');
      for (const line of printClasses(rows, 'firefox')) console.log(line);
    }
  }
} finally {
  await oracle.close();
}
