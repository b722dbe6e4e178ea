/**
 * A "related articles" insert written as one paragraph — the heading as its first `<br>` line, the other articles
 * as the lines under it ("<strong>Artículos relacionados</strong><br>• Primera convocatoria …: <a>45 proyectos …</a>",
 * Energías Renovables) — over generated stories: the heading in the languages the list-heading rule reads, one to
 * four lines, each a bare link or a description with the link after it, bullets or none, the insert at the end or
 * between paragraphs. The whole prune pass runs, as after Readability. The insert goes and the story stays word
 * for word; a paragraph under the same heading whose lines are prose, with a word linked or none, stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, phrase, sentence } from './prose.js';
import { englishStory, keepsAll, place, prune, RUNS, squash } from './story-page.js';

/** A story long enough to carry the insert: no prune rule takes a block of more than a fifth of the article. */
const longStory = fc.array(paragraph, { minLength: 8, maxLength: 12 });
const words = (html: string) =>
  html
    .replace(/<[^>]+>|&#160;/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

const HEADINGS = [
  'Artículos relacionados',
  'Noticias relacionadas',
  'Related articles',
  'Related stories',
  'Further reading',
  'Lesen Sie auch',
  'Mehr zum Thema',
  'Das könnte Sie auch interessieren',
  'À lire aussi',
  'Sur le même sujet',
  'Leggi anche',
  'Articoli correlati',
  'Lees ook',
  'Czytaj także',
  'Leia também',
  '相关阅读',
];

const linkLine = fc
  .record({
    bullet: fc.constantFrom('', '• ', '&#160;•&#160;', '- ', '» '),
    lead: fc.option(phrase(3, 10), { nil: undefined }),
    title: phrase(4, 10),
    bold: fc.boolean(),
  })
  .map(({ bullet, lead, title, bold }) => {
    const link = `<a href="/story/${title.length}">${bold ? `<strong>${title}</strong>` : title}</a>`;
    return lead ? `${bullet}${lead}:&#160;${link}` : `${bullet}${link}`;
  });

const insert = fc
  .record({
    heading: fc.constantFrom(...HEADINGS),
    wrap: fc.constantFrom(['<strong>', '</strong>'], ['<b>', '</b>'], ['', '']),
    lines: fc.array(linkLine, { minLength: 1, maxLength: 4 }),
  })
  .map(({ heading, wrap, lines }) => ({
    heading,
    html: `<p>${wrap[0]}${heading}${wrap[1]}<br>\n${lines.join('<br>\n')}</p>`,
  }));

describe('generated articles: a related-articles heading and its links in one paragraph', () => {
  it('the insert goes, at the end or between paragraphs; the story stays', () => {
    fc.assert(
      fc.property(longStory, insert, fc.boolean(), (story, { heading, html }, last) => {
        fc.pre(words(html) <= 0.2 * (words(html) + words(story.join(' '))));
        const run = prune(place(story, html, last ? story.length : 2));
        expect(run.kept).not.toContain(squash(heading));
        // The heading and its lines went as one block, not the heading alone.
        expect(run.removed.some((text) => text.startsWith(heading) && text.length > heading.length + 10)).toBe(true);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same heading over lines of prose stays', () => {
    fc.assert(
      fc.property(
        englishStory,
        fc.constantFrom(...HEADINGS),
        fc.array(sentence(10, 16), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        (story, heading, lines, linked) => {
          // A linked word in a sentence: "… the <a>council</a> said …".
          const shown = linked ? lines.map((l) => l.replace(/ (\w+) /, ' <a href="/x">$1</a> ')) : lines;
          const html = `<p><strong>${heading}</strong><br>${shown.join('<br>')}</p>`;
          const run = prune(place(story, html, story.length));
          for (const line of lines) expect(run.kept).toContain(squash(line));
          expect(keepsAll(run, story)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
