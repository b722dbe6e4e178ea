/**
 * The rows and widgets of the template Italy's public administrations share (a municipality's news page): the date and
 * the reading time set as a label over their value in two boxes ("<small>Data:</small><p>14 novembre 2023</p>",
 * "<small>Tempo di lettura:</small><p>2 min</p>") and the rating widget under the text ("Quanto sono chiare le
 * informazioni su questa pagina?" with its stars, "Valuta 2 stelle su 5"). Found by a page written in that template,
 * where each leaked. Every time: the rows go and every paragraph stays; a label whose value is not a date or a reading
 * time, and a question of the story, stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishStory, expectLinesGo, keepsAll, p, place, prune, RUNS } from './story-page.js';

const row = (label: string, value: string) =>
  `<div class="col"><small>${label}</small><p class="h6">${value}</p></div>`;
const rows = fc.oneof(
  fc
    .record({
      label: fc.constantFrom('Data:', 'Pubblicato il:', 'Published:'),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.constantFrom('novembre', 'gennaio', 'March'),
    })
    .map(({ label, day, month }) => ({ html: row(label, `${day} ${month} 2023`), text: label })),
  fc
    .record({
      label: fc.constantFrom('Tempo di lettura:', 'Reading time:', 'Lesezeit:'),
      minutes: fc.integer({ min: 1, max: 20 }),
    })
    .map(({ label, minutes }) => ({ html: row(label, `${minutes} min`), text: label })),
);

describe('generated pages: the template of Italy’s public administrations', () => {
  it('a date or reading-time row, a label over its value, goes; the story stays', () => {
    fc.assert(
      fc.property(englishStory, fc.array(rows, { minLength: 1, maxLength: 2 }), (story, header) => {
        const run = prune(`<div class="row">${header.map((r) => r.html).join('')}</div>${story.map(p).join('')}`);
        for (const r of header) expect(run.kept).not.toContain(r.text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the rating widget’s question and its stars go', () => {
    expectLinesGo(
      fc
        .constantFrom(
          'Quanto sono chiare le informazioni su questa pagina?',
          'Quanto è stata utile questa pagina?',
          '1 stella su 5',
          'Valuta 2 stelle su 5',
          'Rate 4 stars out of 5',
        )
        .map((text) => ({ html: p(text), text })),
    );
  });

  it('a label whose value is not a date or a reading time stays, and so does a question of the story', () => {
    const kept: Array<[html: string, parts: string[]]> = [
      [row('Data:', 'da definire'), ['Data:', 'da definire']],
      [row('Luogo:', 'Piazza del Municipio'), ['Luogo:', 'Piazza del Municipio']],
      [row('Durata:', '2 ore'), ['Durata:', '2 ore']],
      [
        p(
          'Quanto sono chiare le regole del nuovo bando per le famiglie, si chiedono in molti dopo la riunione di ieri?',
        ),
        ['Quanto sono chiare le regole del nuovo bando'],
      ],
    ];
    fc.assert(
      fc.property(englishStory, fc.constantFrom(...kept), (story, [block, parts]) => {
        const run = prune(place(story, block, 0));
        for (const part of parts) expect(run.kept).toContain(part);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
