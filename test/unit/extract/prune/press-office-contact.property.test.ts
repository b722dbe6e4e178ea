/**
 * The press office's contact that closes a public body's release, under a reader's label: "Para más información:
 * Gabinete de Prensa — Tel. 91 597 12 34 — prensa@…", "Pour plus d'informations : Service de presse …", "Ufficio
 * stampa" over its phone and email. Found by a Spanish ministry's release written in its template, where it leaked.
 * Every time: the contact goes, on one line, as `<br>` lines or in blocks of its own, and every paragraph stays; so
 * does a release's closing ask to contact someone with the phone or email ("Ved spørsmål, vennligst kontakt Renate
 * Vevang, tlf. 411 40 022", a Norwegian firm's page in the development corpus). The
 * same label over a reader's notice that names no press office ("Weitere Informationen: Tel. 06221 …" under a local
 * story) stays, and so does a paragraph that quotes the press office mid-story.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishStory, expectClosingLinesGo, keepsAll, p, place, prune, RUNS } from './story-page.js';

const labels = fc.constantFrom(
  'Para más información:',
  'Más información:',
  'Pour plus d’informations :',
  'Per informazioni:',
  'Para mais informações:',
  'Weitere Informationen:',
  'Für Rückfragen:',
  'Kontakt:',
  'Contact:',
  'For more information:',
);
const offices = fc.constantFrom(
  'Gabinete de Prensa',
  'Oficina de Comunicación',
  'Service de presse',
  'Ufficio stampa',
  'Assessoria de Imprensa',
  'Pressestelle der Stadt',
  'Press Office',
  'Media Relations',
);
const details = fc.record({
  phone: fc.tuple(
    fc.integer({ min: 10, max: 99 }),
    fc.integer({ min: 100, max: 999 }),
    fc.integer({ min: 10, max: 99 }),
  ),
  mailbox: fc.constantFrom('prensa', 'presse', 'stampa', 'press', 'imprensa'),
});
const contacts = fc
  .record({ label: labels, office: offices, details, shape: fc.constantFrom('line', 'br', 'blocks', 'office-first') })
  .map(({ label, office, details: { phone, mailbox }, shape }) => {
    const tel = `Tel. ${phone[0]} ${phone[1]} ${phone[2]} ${phone[2]}`;
    const mail = `${mailbox}@ministerio.example.org`;
    const html =
      shape === 'line'
        ? p(`${label} ${office} — ${tel} — ${mail}`)
        : shape === 'br'
          ? p(`${label}<br>${office}<br>${tel}<br>${mail}`)
          : shape === 'blocks'
            ? [label, office, tel, mail].map(p).join('')
            : [office, tel, mail].map(p).join('');
    return { html, parts: [office, tel, mail] };
  });

describe('generated pages: a press office’s contact under a release', () => {
  it('goes, on one line, as <br> lines or in blocks of its own; the story stays', () => {
    fc.assert(
      fc.property(englishStory, contacts, (story, contact) => {
        const run = prune(story.map(p).join('') + contact.html);
        for (const part of contact.parts) expect(run.kept).not.toContain(part);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a closing line that asks the reader to contact someone, with the phone or email, goes', () => {
    const lines = fc
      .tuple(
        fc.constantFrom(
          'Ved spørsmål, vennligst kontakt',
          'Vid frågor, kontakta',
          'Bei Rückfragen wenden Sie sich an',
          'For media enquiries, please contact',
          'Pour toute question, contactez',
          'Para consultas, contacte a',
        ),
        fc.constantFrom('Renate Vevang', 'Anna Schmidt', 'Jean Dupont'),
        fc.constantFrom('tlf. 411 40 022', 'Tel. +49 30 1234567', 'presse@example.org', 'mob. 912 345 678'),
      )
      .map(([ask, who, detail]) => `${ask} ${who}, ${detail}`);
    expectClosingLinesGo(lines);
  });

  it('a reader’s notice that names no press office stays, and so does the press office quoted mid-story', () => {
    const kept: Array<[html: string, at: 'end' | 'middle', part: string]> = [
      [p('Weitere Informationen: Tel. 06221 12345, info@verein.example.de'), 'end', 'Tel. 06221 12345'],
      [p('Para más información: llame al 91 597 12 34 o escriba a info@asociacion.example.es'), 'end', '91 597 12 34'],
      [p('Kontakt: Hans Müller, Tel. 0711 123456'), 'end', 'Hans Müller'],
      [p('Ufficio stampa: tel. 06 1234 5678, stampa@comune.example.it'), 'middle', 'stampa@comune.example.it'],
      [p('For questions, please contact the school office, the principal told parents.'), 'end', 'the school office'],
    ];
    fc.assert(
      fc.property(englishStory, fc.constantFrom(...kept), (story, [block, at, part]) => {
        const run = prune(place(story, block, at === 'end' ? story.length : 1));
        expect(run.kept).toContain(part);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
