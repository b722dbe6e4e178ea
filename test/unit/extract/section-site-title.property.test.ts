/**
 * Titles that put the section before the headline and the site's name after it ("Autoconsumo - Cómo montar paso
 * a paso una comunidad energética - Energías Renovables, el periodismo de las energías limpias."), or the site's
 * name first ("Example News | Council approves the new bridge budget"), over generated pages (fast-check): the
 * section and site names, the headline, the separators, where the page's `<h1>` stands. The reader's title is the
 * page's `<h1>`, shown once (the body does not repeat it). A page whose only `<h1>` is the site's name after the
 * headline keeps the title it had; a section's `<h1>` before the headline's gives way to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimSiteSuffix } from '../../../src/core/extract/headline.js';
import { clean } from '../../../src/core/clean.js';
import { parse } from '../../helpers/dom.js';

const RUNS = 60;
const SECTIONS = ['Autoconsumo', 'Politik', 'Économie', 'Sport', 'Local news', 'Cultura'];
const SITES = [
  'Energías Renovables, el periodismo de las energías limpias.',
  'Example News',
  'Der Kurier',
  'La Gazette du Midi',
  'Il Giornale di Ponente',
];
const HEADLINES = [
  'Cómo montar paso a paso una comunidad energética',
  'Gemeinderat beschließt neuen Haushalt für die Brücke',
  'Le conseil municipal vote le budget du pont',
  'Council approves the new bridge budget after a long debate',
  'Il sindaco presenta il piano per il porto',
];
const separator = fc.constantFrom(' - ', ' | ', ' – ', ' — ', ' · ', ' » ', ' / ');

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story: the council met on Tuesday and agreed the plan for the harbour, the bridge and the ${i + 3} new schools, after a long debate about what each would cost the town.</p>`,
).join('');

function page(title: string, h1: string, sectionH1: string | null): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>
    <nav><a href="/">Home</a> <a href="/s">Section</a></nav>
    <article>${sectionH1 ? `<div class="section"><h1>${sectionH1}</h1></div>` : ''}<h1>${h1}</h1>${PARAGRAPHS}</article>
    <footer><p>© The publisher</p></footer></body></html>`;
}

const cleaned = (html: string) => clean(parse(html, 'https://news.example/story').window.document)!;

describe('titles with a section before the headline and the site after it', () => {
  it('the title is the page’s headline, and the body does not repeat it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SECTIONS),
        fc.constantFrom(...HEADLINES),
        fc.constantFrom(...SITES),
        separator,
        separator,
        fc.boolean(),
        (section, headline, site, a, b, sectionH1) => {
          const article = cleaned(page(`${section}${a}${headline}${b}${site}`, headline, sectionH1 ? section : null));
          expect(article.title).toBe(headline);
          expect(article.textContent).not.toContain(headline);
          expect(article.textContent).toContain('Paragraph 1 of the story');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the site’s name first, the headline last: the title is the headline', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADLINES),
        fc.constantFrom('Example News', 'Der Kurier'),
        separator,
        (h, site, a) => {
          expect(trimSiteSuffix(`${site}${a}${h}`, [h])).toBe(h);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a short name and a colon before the headline ("BMUV: …"): the title is the headline; a longer lead stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADLINES),
        fc.constantFrom('BMUV', 'Above Avalon', 'Der Kurier', 'Recipe'),
        fc.constantFrom(': ', '： '),
        (h, site, colon) => {
          expect(trimSiteSuffix(`${site}${colon}${h}`, [h])).toBe(h);
          // A sentence before the colon is more than a site's name.
          const lead = `What the council decided on Tuesday${colon}${h}`;
          expect(trimSiteSuffix(lead, [h])).toBe(lead);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a masthead <h1> after the headline keeps the title whole; a section <h1> before it gives way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADLINES),
        fc.constantFrom('Example News', 'Der Kurier', 'Politik', 'Local news'),
        separator,
        separator,
        (headline, name, a, b) => {
          // "Headline - Example News" with the masthead as an <h1>: no headline among the headings.
          expect(trimSiteSuffix(`${headline}${a}${name}`, [name])).toBe(`${headline}${a}${name}`);
          // "Politik - Headline - Der Kurier" with the section's <h1> before the headline's.
          expect(trimSiteSuffix(`${name}${a}${headline}${b}Der Kurier`, [name, headline])).toBe(headline);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('titles that join the site after the headline without spaces', () => {
  it('lose what follows the page’s own headline: a separator, or a forum’s name in brackets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '考研成绩出来了，三百八十二能进复试吗',
          '容量1ペタバイトのSSD「D5-P4326」発売',
          '臺中捷運綠線延伸彰化',
        ),
        fc.constantFrom('_网易新闻', '--人民网', ' － Publickey', '【考研吧】_百度贴吧', '｜中時新聞網'),
        (headline, suffix) => {
          expect(trimSiteSuffix(`${headline}${suffix}`, [headline])).toBe(headline);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
