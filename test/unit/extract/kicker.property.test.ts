/**
 * The kicker above the headline (src/core/extract/kicker.ts), over generated news pages through the whole pipeline:
 * a story's header inside the article box, holding a label of one to four words ("Fashion", "Kraj", "BREAKING NEWS",
 * "eye on the news", "财经") just before the headline, in any of the ways sites set it — a span in a box, a link, a
 * heading, a paragraph, nested wrappers — with the `<title>` the headline or a shortened form of it. Readability keeps
 * the header's label and drops the headline (it repeats the title), so the article opened with a stray word under the
 * title. The label goes and every paragraph stays. What is not a label stays: a sentence set above the headline (a
 * standfirst), a longer line, a subhead after the headline over its section, and a label anywhere but just before
 * the headline. Seeded, so a failing page replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { paragraph } from './prune/prose.js';

const LABELS = [
  'Fashion',
  'Review',
  'EXCLUSIVE',
  'BREAKING NEWS',
  'eye on the news',
  'Executive Branch',
  'Kraj',
  'Cronaca',
  'Politik & Wirtschaft',
  'Biz & IT —',
  'ALAN UUDISTAJA',
  '财经',
];
/** How sites write the label before the headline: `{label}`, `{headline}` filled in. */
const SHAPES = [
  '<div class="top"><span class="cat">{label}</span></div><h1>{headline}</h1>',
  '<a href="/section/x" class="channel">{label}</a><h1>{headline}</h1>',
  '<h2 class="subchannel"><a href="/x">{label}</a></h2><h1 class="title">{headline}</h1>',
  '<p class="kicker">{label}</p><h1>{headline}</h1>',
  '<div><div><span>{label}</span></div></div><div class="hed"><h1>{headline}</h1></div>',
  '<span>{label}</span><h2 class="title">{headline}</h2>',
  // A box of loose text, which Readability rewrites as a new paragraph in the box's place.
  '<div class="keyword">{label}</div><h1 class="story-lead-headline">{headline}</h1>',
];
const HEADLINES = [
  'Council approves the new bridge over the river after years of debate',
  'Stadtrat beschließt den Bau der neuen Brücke über den Fluss',
  'Rada miasta zatwierdza budowę nowego mostu na rzece',
];

function page(header: string, story: string[], title: string): string {
  return (
    `<!doctype html><html><head><title>${title}</title></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<main><article><header class="article-header">${header}<p class="byline">By Sam Lee</p></header>` +
    `${story.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`
  );
}

const text = (html: string) => (cleanHtml(html)?.textContent ?? '').replace(/\s+/g, ' ');
const fill = (shape: string, label: string, headline: string) =>
  shape.replace('{label}', label).replace('{headline}', headline);

describe('the kicker above the headline', () => {
  it('goes, in any of the ways sites set it, and every paragraph stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LABELS),
        fc.constantFrom(...SHAPES),
        fc.constantFrom(...HEADLINES),
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.constantFrom('whole', 'site', 'shortened', 'labelled'),
        (label, shape, headline, story, titled) => {
          // The <title> as pages write it: the headline, the headline and the site, a shortened headline, or the
          // label, the headline and the site.
          const title =
            titled === 'whole'
              ? headline
              : titled === 'site'
                ? `${headline} | Daily Example`
                : titled === 'labelled'
                  ? `${label}: ${headline} - Daily Example`
                  : headline.slice(0, 24);
          const out = text(page(fill(shape, label, headline), story, title));
          for (const p of story) expect(out).toContain(p);
          expect(out).not.toContain(label);
        },
      ),
      { seed: 20261209, numRuns: 60 },
    );
  });

  it('stays when it is not a label just before the headline', () => {
    const headline = HEADLINES[0]!;
    fc.assert(
      fc.property(fc.constantFrom(...LABELS), fc.array(paragraph, { minLength: 3, maxLength: 5 }), (label, story) => {
        const sentence = `${label} readers were told on Monday that the vote is final.`;
        const longer = `${label} and the other news of the week`;
        const cases: Array<[header: string, kept: string]> = [
          // A sentence above the headline: a standfirst, not a label.
          [fill('<p class="dek">{label}</p><h1>{headline}</h1>', sentence, headline), sentence],
          // A line of more than four words.
          [fill('<p class="top">{label}</p><h1>{headline}</h1>', longer, headline), longer],
          // A label after the headline, as a subhead over the story's first section.
          [`<h1>${headline}</h1><h2>${label}</h2>`, label],
        ];
        for (const [header, kept] of cases) {
          const out = text(page(header, story, headline));
          for (const p of story) expect(out).toContain(p);
          expect(out).toContain(kept);
        }
      }),
      { seed: 20261210, numRuns: 20 },
    );
  });
});
