/**
 * Titles in spaced scripts that end in the site's name after a spaced separator ("Brics-Gipfel: Putin findet neue
 * Wirtschaftspartner | NZZ"), over generated pages (fast-check, seeded): headlines, site names, separators, and the
 * page's evidence that the last segment is its name (og:site_name, the host name, the titles of its other links, or
 * none). The title is in og:title too, as these sites write it, and Readability takes og:title as it is (it trims only
 * `<title>`, by its separators' layout). With evidence the reader's title is the headline; without it, or when the last segment only mentions the
 * site inside words of its own ("comwrap auf der DMEXCO 2018" on comwrap's pages), the title stays as the page wrote it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/clean.js';
import { trimNamedSiteSuffix, type SiteContext } from '../../../src/core/extract/site-suffix.js';
import { parse } from '../../helpers/dom.js';

const SEED = 47;
const HEADLINES = [
  'Brics-Gipfel: Putin findet neue Wirtschaftspartner',
  'Council approves the new bridge budget after a long debate',
  'Le conseil municipal vote le budget du pont',
  'Will Western Sanctions Accelerate Russian Realignment?',
  'Q&A – Part 2: Rebuilding the harbour',
  'Mozilla: Vorabversionen von Firefox 5 und 6 veröffentlicht',
];
/** A site's name as its title writes it, and the host it is served from. */
const SITES = [
  { name: 'NZZ', host: 'www.nzz.ch' },
  { name: 'Golem.de', host: 'www.golem.de' },
  { name: 'City Journal', host: 'www.city-journal.org' },
  { name: 'Gimme Some Oven', host: 'www.gimmesomeoven.com' },
  { name: 'Los Angeles Times', host: 'www.latimes.com' },
  { name: 'Rutgerbakt.nl', host: 'rutgerbakt.nl' },
];
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' » ', ' :: '];
const evidence = fc.constantFrom('og:site_name', 'host', 'link titles', 'none');

const PARAGRAPHS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council met on Tuesday and agreed the plan for the harbour, the bridge and the ${i + 3} new schools, after a long debate about what each would cost the town.</p>`,
).join('');

function page(title: string, site: { name: string; host: string }, sep: string, by: string): Document {
  const meta = by === 'og:site_name' ? `<meta property="og:site_name" content="${site.name}">` : '';
  const links =
    by === 'link titles'
      ? [1, 2, 3]
          .map((i) => `<a href="/${i}" title="Another story number ${i}${sep}${site.name}">Story ${i}</a>`)
          .join('')
      : '';
  // The host names the site only when that is the evidence; otherwise the page is served from elsewhere.
  const url = by === 'host' ? `https://${site.host}/story` : 'https://pages.example/story';
  return parse(
    `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}">${meta}</head><body><nav>${links}</nav><article>${PARAGRAPHS}</article></body></html>`,
    url,
  ).window.document;
}

describe('a site name after a spaced separator', () => {
  it('is trimmed when the page names it, and only then', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADLINES),
        fc.constantFrom(...SITES),
        fc.constantFrom(...SEPARATORS),
        evidence,
        (headline, site, sep, by) => {
          const title = clean(page(`${headline}${sep}${site.name}`, site, sep, by))!.title;
          // The Los Angeles Times' host does not spell its name: only the page's statements name it.
          const named =
            by === 'og:site_name' || by === 'link titles' || (by === 'host' && site.name !== 'Los Angeles Times');
          expect(title).toBe(named ? headline : `${headline}${sep}${site.name}`);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('takes the sections between headline and site with it, as the page’s links name them', () => {
    const ctx: SiteContext = {
      siteNames: ['Ultima Hora'],
      hostLabels: ['ultimahora'],
      titleLikes: [],
      sections: new Set(['local', 'noticias', 'part 2']),
    };
    const headline = 'Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta';
    expect(trimNamedSiteSuffix(`${headline} » Local » Noticias » Ultima Hora Mallorca`, ctx)).toBe(headline);
    // No site's name after it: a link's text is no reason to cut a title ("… – Part 2").
    expect(trimNamedSiteSuffix(`${headline} – Part 2`, ctx)).toBe(`${headline} – Part 2`);
  });

  it('stays when the last segment is the headline’s own words that mention the site', () => {
    const ctx: SiteContext = { siteNames: ['comwrap'], hostLabels: ['comwrap'], titleLikes: [] };
    for (const title of [
      'Take C.A.R.E. - comwrap auf der DMEXCO 2018',
      'Silver Society – The young old people',
      'Firefox — Customize and make it your own — The most flexible browser on the Web',
    ])
      expect(trimNamedSiteSuffix(title, ctx)).toBe(title);
  });

  it('leaves a headline, never an empty title', () => {
    const ctx: SiteContext = { siteNames: ['NZZ'], hostLabels: ['nzz'], titleLikes: [] };
    expect(trimNamedSiteSuffix('NZZ | NZZ', ctx)).toBe('NZZ');
    expect(trimNamedSiteSuffix('— | NZZ', ctx)).toBe('— | NZZ');
  });
});
