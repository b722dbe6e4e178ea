/**
 * The lines German newspapers' sites put between or under a story's paragraphs, over generated articles: the
 * paywall's "Lesen Sie jetzt weiter mit MZ+", the app's "Keine News mehr verpassen: Jetzt die App herunterladen!",
 * the desk's "Haben Sie Fragen oder Anregungen? Schreiben Sie uns", the rating widget's "Wie hat Ihnen dieser
 * Artikel gefallen?", the comment wall's "Sie müssen angemeldet sein, um kommentieren zu können", the pointer "Mehr
 * News aus Musterstadt lesen Sie hier." and the list heading "Weitere Nachrichten aus der Region". Found by generated
 * regional news pages, where each leaked. Every time: the line goes and every paragraph stays, word for word. The
 * same words in a sentence of the story take nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { phrase } from './prose.js';
import { asParagraph, expectInsertsGo, expectLinesGo, expectSentencesStay } from './story-page.js';

const town = fc.constantFrom('Musterstadt', 'Halle', 'dem Saalekreis', 'Köln');
const lines = fc.oneof(
  fc.constantFrom(
    'Lesen Sie jetzt weiter mit MZ+',
    'Weiterlesen mit F+',
    'Jetzt weiterlesen mit SZ Plus',
    'Keine News mehr verpassen: Jetzt die App herunterladen!',
    'Nichts mehr verpassen mit unserem WhatsApp-Kanal',
    'Haben Sie Fragen oder Anregungen? Schreiben Sie uns',
    'Haben Sie Hinweise? Melden Sie sich bei uns: redaktion@example.de',
    'Wie hat Ihnen dieser Artikel gefallen?',
    'How did you like this article?',
    'Sie müssen angemeldet sein, um kommentieren zu können. Anmelden',
    'You must be logged in to post a comment.',
  ),
  town.map((t) => `Mehr News aus ${t} lesen Sie hier.`),
);

const regionList = fc
  .record({
    heading: fc.constantFrom('Weitere Nachrichten aus der Region', 'Weitere Artikel zum Thema'),
    // Headlines of five words or more, or four or more short ones — the list the menu rule takes first, which must
    // not leave its heading behind.
    items: fc.oneof(
      fc.array(phrase(5, 8), { minLength: 2, maxLength: 4 }),
      fc.array(phrase(2, 4), { minLength: 4, maxLength: 6 }),
    ),
  })
  .map(({ heading, items }) => ({
    html: `<h3>${heading}</h3><ul>${items.map((i) => `<li><a href="/n">${i}</a></li>`).join('')}</ul>`,
    heading,
  }));

describe('generated articles: German newspapers’ lines', () => {
  it('a paywall, app, desk, rating, comment-wall or pointer line goes; the story stays', () => {
    expectLinesGo(lines.map(asParagraph));
  });

  it('a list of the region’s other news goes with its heading, between the story’s paragraphs; the story stays', () => {
    expectInsertsGo(regionList.map(({ html, heading }) => ({ html, text: heading })));
  });

  it('the same words in a sentence of the story take nothing', () => {
    const sentences = [
      'Lesen Sie jetzt weiter mit dem zweiten Kapitel, riet die Lehrerin den Kindern, bevor die Glocke zur großen Pause läutete.',
      'Haben Sie Fragen oder Anregungen? Schreiben Sie uns, stand auf dem Zettel am Rathaus, den die Bürgerinitiative dort im März aufgehängt hatte.',
      'Wie hat Ihnen dieser Artikel gefallen, fragte der Verleger die Leser in einer Umfrage, an der mehr als tausend Menschen teilnahmen.',
      'Keine News mehr verpassen wollte der Stadtrat, als er die neue App der Verwaltung vorstellte, die seit Montag im Testbetrieb läuft.',
    ];
    expectSentencesStay(sentences);
  });
});
