/**
 * The lines European news and blog pages put between or under a story's paragraphs, over generated articles: a
 * list heading written as a one-line teaser's label ("Potrebbe interessarti anche: <a>…</a>", "Das könnte Sie auch
 * interessieren: <a>…</a>"), a newsletter or news-by-messenger offer ("Jetzt den Newsletter abonnieren", "Receba as
 * notícias no seu WhatsApp"), the marker an ad slot leaves ("Der Artikel wird nach der Anzeige fortgesetzt") and a
 * Polish photo credit ("Fot. Jan Kowalski"). Found by generated pages in German, Italian, Portuguese, Spanish, French,
 * Dutch and Polish, where each leaked; each is drawn over the language's wording and placed where sites put it. Every time: the line goes and every paragraph of the story stays, word for
 * word. The same words in a sentence of the story take nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrase } from './prose.js';
import { englishStory, expectLinesGo, expectSentencesStay, keepsAll, p, place, prune, RUNS } from './story-page.js';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const headline = phrase(4, 9).map(capitalised);

/** Headings that introduce other articles, in the languages of European sites, as a teaser's label. */
const teaserLabel = fc.constantFrom(
  'Potrebbe interessarti anche',
  'Ti potrebbe interessare',
  'Articoli correlati',
  'Das könnte Sie auch interessieren',
  'Auch interessant',
  'Passend zum Thema',
  'Vous aimerez aussi',
  'Sur le même sujet',
  'También te puede interesar',
  'Noticias relacionadas',
  'Você também pode gostar',
  'Notícias relacionadas',
  'Podobne artykuły',
  'Zobacz także',
  'Ook interessant',
  'Meer nieuws',
);

const teaser = fc
  .record({ label: teaserLabel, headline, bold: fc.boolean(), colon: fc.constantFrom(':', ' :') })
  .map(({ label, headline: title, bold, colon }) => {
    const head = bold ? `<strong>${label}${colon}</strong>` : `${label}${colon}`;
    return { html: p(`${head} <a href="/story">${title}</a>`), text: `${label}${colon} ${title}` };
  });

const offer = fc.constantFrom(
  'Jetzt den Newsletter abonnieren',
  'Zum Newsletter anmelden',
  'Newsletter kostenlos bestellen',
  'Iscriviti alla nostra newsletter',
  'Ricevi le notizie su WhatsApp',
  'Receba as notícias no seu WhatsApp',
  'Receba as principais notícias do dia no seu e-mail',
  'Inscreva-se na nossa newsletter',
  'Recibe las últimas noticias en tu correo',
  'Zapisz się do newslettera',
  'Ontvang het laatste nieuws via WhatsApp',
);

/** The marker an ad slot leaves between two paragraphs. */
const adMarker = fc.constantFrom(
  'Der Artikel wird nach der Anzeige fortgesetzt',
  'Weiterlesen nach der Anzeige',
  'Lesen Sie nach der Anzeige weiter',
  "L'article continue après la publicité",
  'La suite après la publicité',
  'Sigue leyendo después de la publicidad',
  'La noticia continúa tras la publicidad',
  "L'articolo continua dopo la pubblicità",
  'Continua a leggere dopo la pubblicità',
  'Het artikel gaat verder onder de advertentie',
  'Lees verder onder de advertentie',
  'Dalsza część artykułu pod reklamą',
  'Czytaj dalej pod reklamą',
  'Continua depois da publicidade',
  'A matéria continua após a publicidade',
);

const polishCredit = fc
  .record({
    first: fc.constantFrom('Jan', 'Anna', 'Piotr', 'Maria'),
    last: fc.constantFrom('Kowalski', 'Nowak', 'Wiśniewska', 'Szymański'),
    agency: fc.constantFrom('', 'PAP/', 'East News/'),
    lower: fc.boolean(),
  })
  .map(({ first, last, agency, lower }) => `${lower ? 'fot.' : 'Fot.'} ${agency}${first} ${last}`);

describe('generated articles: European sites’ teaser, offer and credit lines', () => {
  it('a list heading as a teaser’s label goes with its link; the story stays', () => {
    expectLinesGo(teaser);
  });

  it('a newsletter or messenger offer goes, as a paragraph of its own; the story stays', () => {
    fc.assert(
      fc.property(englishStory, offer, fc.boolean(), (story, line, last) => {
        const run = prune(place(story, p(line), last ? story.length : 2));
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('an ad slot’s “continues after the ad” marker goes, between any two paragraphs; the story stays', () => {
    fc.assert(
      fc.property(englishStory, adMarker, fc.nat(7), (story, line, at) => {
        const run = prune(place(story, p(line), 1 + (at % (story.length - 1))));
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a Polish photo credit goes, above the story or under it; the story stays', () => {
    fc.assert(
      fc.property(englishStory, polishCredit, fc.boolean(), (story, line, first) => {
        const run = prune(place(story, p(line), first ? 0 : story.length));
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same words in a sentence of the story take nothing', () => {
    const sentences = [
      'Das könnte Sie auch interessieren: so warb der Verein auf seinen Plakaten für das Sommerfest am See, zu dem mehr als dreitausend Besucher kamen.',
      'Jetzt den Newsletter abonnieren zu müssen, um die Fahrpläne zu bekommen, ärgert viele Pendler, sagte die Sprecherin des Fahrgastverbands am Montag.',
      'Receba as notícias no seu WhatsApp, dizia a mensagem falsa que circulou entre os moradores antes da votação na câmara municipal.',
      'Der Artikel wird nach der Anzeige fortgesetzt, hieß es in der ersten Fassung, die der Verlag später ohne Hinweis auf die Änderung korrigierte.',
      'Fot. Kowalski pokazuje most w budowie; zdjęcie zrobiono z łodzi na rzece, zanim robotnicy zamknęli drogę dla ruchu pieszych.',
    ];
    expectSentencesStay(sentences);
  });
});
