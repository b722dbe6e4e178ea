/**
 * The page's date read from the date line the prune pass took out, for pages that state it nowhere else (public bodies'
 * and small sites' pages): generated dates, written as those pages write them in eight languages, read back to the
 * same day and time; the published line preferred over the updated one; and through the whole pipeline, a page whose
 * only date is such a line gets it as its date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromRemovedLines, dateOfLine } from '../../../src/core/extract/dateline-date.js';
import { extract } from '../../../src/core/extract/readability.js';
import { parse } from '../../helpers/dom.js';

const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
};
const pad = (n: number) => String(n).padStart(2, '0');

const dates = fc.record({
  year: fc.integer({ min: 1995, max: 2035 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  lang: fc.constantFrom(...Object.keys(MONTHS)),
  shape: fc.integer({ min: 0, max: 5 }),
});

type DateCase = { year: number; month: number; day: number; hour: number; minute: number; lang: string; shape: number };

/** The line a page of `lang` prints for the date, in one of the shapes such pages use, and what it states. */
function written({ year, month, day, hour, minute, lang, shape }: DateCase) {
  const name = MONTHS[lang]![month - 1]!;
  const time = `${pad(hour)}:${pad(minute)}`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const named: Record<string, string> = {
    en: `Published ${name} ${day}, ${year}`,
    de: `Veröffentlicht am ${day}. ${name} ${year}`,
    fr: `Publié le ${day} ${name} ${year}`,
    es: `${day} de ${name} de ${year}`,
    it: `Pubblicato il ${day} ${name} ${year}`,
    pt: `Publicado em ${day} de ${name} de ${year}`,
    nl: `Gepubliceerd op ${day} ${name} ${year}`,
    pl: `Opublikowano: ${day} ${name} ${year}`,
  };
  const numericDayFirst = `${pad(day)}.${pad(month)}.${year}`;
  const numeric = lang === 'en' ? `${pad(month)}/${pad(day)}/${year}` : `${pad(day)}/${pad(month)}/${year}`;
  switch (shape) {
    case 0:
      return { line: named[lang]!, lang, expected: iso };
    case 1:
      return { line: `${named[lang]!}, ${time}`, lang, expected: `${iso}T${time}` };
    case 2:
      return { line: `Data publikacji: ${numericDayFirst} ${time}`, lang, expected: `${iso}T${time}` };
    case 3:
      return { line: `${numeric} ${time}`, lang: lang === 'en' ? 'en-US' : lang, expected: `${iso}T${time}` };
    case 4:
      return { line: `${year}年${month}月${day}日 ${time}`, lang, expected: `${iso}T${time}` };
    default: {
      const half = hour < 12 ? 'a. m.' : 'p. m.';
      const twelve = hour % 12 === 0 ? 12 : hour % 12;
      return {
        line: `${day} de ${MONTHS.es![month - 1]} de ${year} - ${twelve}:${pad(minute)} ${half}`,
        lang: 'es',
        expected: `${iso}T${time}`,
      };
    }
  }
}

describe('the page’s date from its date line', () => {
  it('reads back the day and time a generated date line states, in eight languages and their shapes', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const { line, lang, expected } = written(date);
        expect(dateOfLine(line, lang)).toBe(expected);
      }),
    );
  });

  it('reads the published line before the updated one, and a record’s published date before the date it was made', () => {
    const removed = [
      { reason: 'prune:dateline', text: 'Aktualisiert am 20.11.2023, 09:00 Uhr' },
      { reason: 'prune:dateline', text: 'Veröffentlicht am 14.11.2023, 10:15 Uhr' },
    ];
    expect(dateFromRemovedLines(removed, 'de')).toBe('2023-11-14T10:15');
    const record = [
      {
        reason: 'prune:record',
        text: 'Wytworzył: Jan Kowalski Data wytworzenia: 10.11.2023 Data publikacji: 14.11.2023 10:15 Liczba odwiedzin: 12',
      },
    ];
    expect(dateFromRemovedLines(record, 'pl')).toBe('2023-11-14T10:15');
    // Unlabelled lines of many days are a list's (reviews', comments'), not the page's.
    const reviews = ['08/03/2008', '03/19/2007', '05/28/2008'].map((text) => ({ reason: 'prune:dateline', text }));
    expect(dateFromRemovedLines(reviews, 'en-US')).toBeNull();
    // Other removals are not date lines, whatever they say.
    expect(dateFromRemovedLines([{ reason: 'prune:related', text: 'Published 3 March 2020' }], 'en')).toBeNull();
  });

  it('takes no date from a line without one, or with an impossible one', () => {
    for (const line of ['Publicado em', 'Stand: heute', '31/31/2023', 'Published 45 March 2023', '14.11.1970'])
      expect(dateOfLine(line, 'pt')).toBeNull();
  });

  it('gives a page whose only date is its date line that date', () => {
    const paragraph =
      'O Ministério anunciou nesta terça-feira investimentos para modernizar o transporte público urbano em trinta cidades brasileiras até 2026, com prioridade para a acessibilidade.';
    const html = `<!doctype html><html lang="pt-BR"><head><title>Ministério anuncia investimentos</title></head><body><main><article>
      <h1>Ministério anuncia investimentos</h1><p>Publicado em 14/11/2023 14h15</p>
      ${Array.from({ length: 5 }, () => `<p>${paragraph}</p>`).join('')}</article></main></body></html>`;
    const article = extract(parse(html).window.document);
    expect(article?.publishedTime).toBe('2023-11-14T14:15');
    expect(article?.rawContent.textContent).not.toContain('Publicado em');
  });
});
