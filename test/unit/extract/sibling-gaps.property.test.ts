/**
 * Runs of the story in boxes of their own (sibling-gaps.ts), over generated pages set as DER SPIEGEL sets its
 * stories: the opening paragraph alone in its box, then runs of two or three short paragraphs, each run in a box of
 * two wrappers, empty ad slots between, and an author box, a related-stories box and a teaser list after the story.
 * Readability alone takes the last run for the story's core and drops the runs between under its sibling threshold
 * (on most of these pages); the reader gets every paragraph of the story, in order, and none of the furniture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { sentence } from './prune/prose.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261207;
const PAGE = 'https://www.valley-courier.example/2024/05/14/bridge-repairs/';

const AD = '<div class="ad-slot" data-advertisement="pos_2"><div class="iqdcontainer"></div></div>';
const TEASERS =
  '<ul class="teasers"><li><a href="/2024/05/13/ferry/">The ferry returns to the island after two years</a></li>' +
  '<li><a href="/2024/05/12/market/">The market square gets new lamps and benches</a></li></ul>';
const AUTHOR =
  '<div class="author"><p>Maria Lopez has covered the valley for the Courier since 2009, from the council to the ' +
  'harbour and the schools of the district.</p></div>';
const RELATED =
  '<aside class="more"><p>Also in the Courier this week: the orchard festival moves to the meadow by the canal, ' +
  'and the railway museum opens its new hall.</p></aside>';

/** Paragraphs of two or three short sentences: a news site's, which score low each. */
const paragraph = fc.array(sentence(10, 16), { minLength: 2, maxLength: 3 }).map((s) => s.join(' '));

const layout = fc.record({
  // The opening: one paragraph alone in its box, or two in a box of two wrappers, as the runs after it.
  opening: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
  closing: paragraph,
  // Two to four runs after the opening, each of two or three paragraphs in a box of two wrappers.
  runs: fc.array(fc.array(paragraph, { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
  ads: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
});

/**
 * The story as DER SPIEGEL sets it: a paragraph alone in its box (Readability unwraps it into the box), two or more
 * in `<div data-pos><div class="RichText">`, ad slots between the runs, and a closing paragraph alone: a closing run Readability drops is not put back (sibling-gaps.ts says why).
 */
function body(opening: string[], runs: string[][], closing: string, ads: boolean[]): string {
  const box = (n: number, inner: string) => `<div data-area="text" data-pos="${n}">${inner}</div>`;
  const run = (ps: string[]) => {
    const inner = ps.map((p) => `<p>${p}</p>`).join('');
    return ps.length > 1 ? `<div class="RichText">${inner}</div>` : inner;
  };
  const out = [box(0, run(opening))];
  runs.forEach((ps, n) => {
    if (ads[n]) out.push(AD);
    out.push(box(n + 1, run(ps)));
  });
  out.push(box(runs.length + 1, `<p>${closing}</p>`));
  return out.join('');
}

const page = (story: string) =>
  `<!doctype html><html lang="en"><head><title>Council backs bridge repairs</title>
    <link rel="canonical" href="${PAGE}"></head><body>
    <header><a href="/">The Valley Courier</a></header>
    <main><h1>Council backs bridge repairs</h1><div data-area="body">${story}</div>${AUTHOR}${RELATED}${TEASERS}</main>
    <footer><p>© The Valley Courier</p></footer></body></html>`;

describe('extract: runs of the story Readability passes over between two it keeps', () => {
  it('come back, in order, whatever the runs, their wrappers and the slots between', () => {
    fc.assert(
      fc.property(layout, (drawn) => {
        // Each paragraph its own, as a story's are (a shrunk draw repeats the same words).
        let n = 0;
        const own = (p: string) => `Item ${++n} of the report. ${p}`;
        const opening = drawn.opening.map(own);
        const runs = drawn.runs.map((run) => run.map(own));
        const closing = own(drawn.closing);
        const html = page(body(opening, runs, closing, drawn.ads));
        const text = (cleanHtml(html, { url: PAGE })?.textContent ?? '').replace(/\s+/g, ' ');
        let at = -1;
        for (const p of [...opening, ...runs.flat(), closing]) {
          const next = text.indexOf(p);
          expect(next, p).toBeGreaterThan(at);
          at = next;
        }
        expect(text).not.toContain('Also in the Courier this week');
        expect(text).not.toContain('The ferry returns to the island');
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});
