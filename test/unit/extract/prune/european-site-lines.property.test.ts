/**
 * The lines German and other European sites leave between and under a story when their boxes lose their markup: the
 * comment box's ("Die Kommentarfunktion ist geschlossen", "Bitte melden Sie sich an, um zu kommentieren", "Jetzt
 * kommentieren"), the paywall's ("Dieser Inhalt ist nur für Abonnenten verfügbar", "Bereits Abonnent? Hier anmelden",
 * "Jetzt 4 Wochen gratis testen"), the donation ask, the feedback widget's thanks, the player's and pager's labels
 * ("Artikel hören", "Seite 2 von 3"), the credit's own names ("Bildnachweis:"), the affiliate disclosure, the note of a
 * machine translation, the typo-report ask, and a list's title left at the foot ("Mehr von diesem Autor"); the same
 * controls in Polish, Spanish, Italian, Portuguese, French and Dutch; Italian and Brazilian news sites' channel offers,
 * agency and desk credits ("Siga o g1 no Instagram", "ANSA/ Mario Rossi", "* Com informações da Agência Brasil",
 * "Edição: Maria Souza"); Chilean and Peruvian news sites' ("VIDEO RECOMENDADO", "Sigue a La Tercera en Instagram",
 * "(Andina)"); and a public record's lines (Poland's BIP: "Wytworzył: …", "Data publikacji: …", "Liczba wyświetleń:
 * …", as lines or as the rows of its "Metryczka" table). Each was kept as a paragraph of its own, where its English
 * wording went. Every time: the line goes and the story stays; a story's sentence that uses the same words stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  englishStory,
  expectClosingLinesGo,
  expectLinesGo,
  expectSentencesStay,
  keepsAll,
  p,
  place,
  prune,
  RUNS,
} from './story-page.js';

const name = fc.constantFrom('Max Mustermann', 'Erika Muster', 'Jean Dupont', 'María García', 'John Smith');
const count = fc.integer({ min: 2, max: 9 });

const lines = fc.oneof(
  // The comment box
  fc.constantFrom(
    'Die Kommentarfunktion ist geschlossen.',
    'Die Kommentarfunktion ist für diesen Artikel deaktiviert.',
    'Kommentare sind geschlossen.',
    'Les commentaires sont fermés.',
    'Los comentarios están cerrados.',
    'I commenti sono chiusi.',
    'Please log in to comment.',
    'Bitte loggen Sie sich ein, um zu kommentieren.',
    'Bitte melden Sie sich an, um zu kommentieren.',
    'Connectez-vous pour commenter.',
    'Schreiben Sie einen Kommentar',
    'Jetzt kommentieren',
    'Kommentar verfassen',
    'Wir freuen uns über Ihren Kommentar!',
    'Write a comment',
    'Escribe un comentario',
  ),
  // The paywall and the donation ask
  fc.constantFrom(
    'Dieser Inhalt ist nur für Abonnenten verfügbar.',
    'Dieser Artikel ist exklusiv für Abonnenten.',
    'This content is only available to subscribers.',
    'This article is for subscribers only.',
    'Cet article est réservé aux abonnés.',
    'Questo articolo è riservato agli abbonati.',
    'Already a subscriber? Log in',
    'Bereits Abonnent? Hier anmelden',
    'Déjà abonné ? Se connecter',
    '¿Ya eres suscriptor? Inicia sesión',
    'Try 4 weeks free',
    'Jetzt 4 Wochen gratis testen',
    'Support independent journalism',
    'Unterstützen Sie unabhängigen Journalismus.',
    'Soutenez le journalisme indépendant : faites un don.',
    'Jetzt spenden',
  ),
  // The feedback widget's thanks, the player's, the pager's and the share bar's labels
  fc.constantFrom(
    'Thank you for your feedback!',
    'Vielen Dank für Ihr Feedback!',
    'Merci pour votre retour !',
    'Gracias por tu opinión.',
    'Artikel hören',
    'Beitrag vorlesen',
    'Listen to this article',
    'Kommentare lesen',
    'Read comments',
    'Quellen anzeigen',
    'Show sources',
    'Auf WhatsApp teilen',
    'Per E-Mail teilen',
    'Weiter',
    'Nächster Artikel',
  ),
  // The same controls in Polish, Spanish, Italian, Portuguese, French and Dutch
  fc.constantFrom(
    'Podziel się',
    'Wersja do druku',
    'Pobierz PDF',
    'Wróć do listy aktualności',
    'Następny artykuł',
    'Noticia anterior',
    'Descargar PDF',
    'Ver galería',
    'Reportar un error',
    'Articolo successivo',
    'Segnala un errore',
    'Compartilhe no Facebook',
    'Ouvir notícia',
    'Télécharger le PDF',
    'Article suivant',
    'Delen op Facebook',
    'Beluister dit artikel',
    'Download PDF',
  ),
  fc.constantFrom(
    'Zaloguj się, aby dodać komentarz.',
    'Log in om te reageren',
    'Faça login para comentar',
    'Subskrybuj nasz newsletter',
    '¿Te ha gustado este artículo?',
    'Ti è piaciuto questo articolo?',
    'Cet article vous a-t-il plu ?',
  ),
  // Italian and Brazilian news sites' lines
  fc.constantFrom(
    'Segui le notizie di Repubblica su WhatsApp',
    'Abbonati',
    'Questo articolo è disponibile solo per gli abbonati',
    'Guarda il video',
    'Galleria fotografica',
    'Hai trovato un errore? Segnalacelo',
    'Foto d’archivio',
    'ANSA/ Mario Rossi',
    'Siga o g1 no Instagram',
    'Receba no WhatsApp as notícias do g1',
    'Quer receber notícias no celular? Entre no canal do g1',
    'Compartilhe esta notícia',
    'Assine',
    'Reprodução/TV Globo',
    '* Com informações da Agência Brasil',
    'Con información de EFE',
    'Texto: João Silva',
    'Edição: Maria Souza',
    'Fale com a redação',
    'VÍDEOS: veja mais notícias da região',
  ),
  // Latin American news sites' lines (Chile, Peru)
  fc.constantFrom(
    'VIDEO RECOMENDADO',
    'Escucha esta noticia',
    'Ir a comentarios',
    'Reporta un error',
    'Contenido patrocinado',
    'Ver más en Política',
    'Crédito: Agencia Uno',
    '(Andina)',
    'Sigue a La Tercera en Instagram',
    '¿Quieres recibir noticias en tu celular? Únete a nuestro canal',
    'Haz clic aquí para ver más noticias',
  ),
  // A public record's lines (Poland's BIP): who made and published it, when, how often it was read
  fc
    .tuple(name, count, fc.integer({ min: 1, max: 28 }))
    .chain(([who, n, day]) =>
      fc.constantFrom(
        `Wytworzył: ${who}`,
        `Osoba odpowiedzialna: ${who}`,
        `Udostępnił(a): ${who}`,
        `Data publikacji: ${day}.11.2023`,
        `Ostatnia modyfikacja: ${day}.11.2023 10:1${n}`,
        `Liczba wyświetleń: ${n}${day}7`,
        `Wyświetleń: ${n}${day}`,
        `Letzte Änderung: ${day}.11.2023`,
        `Last modified: ${day} November 2023`,
        `Dernière mise à jour : ${day} novembre 2023`,
        `Última actualización: ${day}/11/2023`,
        `Strona ${n} z 12`,
        `Pagina ${n} van 12`,
      ),
    ),
  count.chain((n) =>
    fc.constantFrom(
      `Seite ${n} von 12`,
      `Page ${n} of 12`,
      `Página ${n} de 12`,
      `Pagina ${n} di 12`,
      `Page ${n} sur 12`,
    ),
  ),
  // Credits, disclosures, notes and asks
  name.chain((who) =>
    fc.constantFrom(
      `Bildnachweis: ${who}`,
      `Fotonachweis: ${who}`,
      `Bildrechte: ${who}`,
      `Crédit photo : ${who}`,
      `Foto di copertina: ${who}`,
      `Imagen de portada: ${who}`,
    ),
  ),
  fc.constantFrom(
    '* Affiliate-Links: Für Käufe über diese Links erhalten wir eine Provision.',
    'Transparenzhinweis: Dieser Artikel enthält Affiliate-Links.',
    'Cet article contient des liens affiliés.',
    'Este artículo contiene enlaces de afiliados.',
    'Questo articolo contiene link affiliati.',
    'Dieser Artikel wurde automatisch übersetzt.',
    'This article was machine-translated.',
    'Sie haben einen Fehler gefunden? Schreiben Sie uns.',
    'Found a mistake? Let us know.',
    'Sie interessieren sich für Politik? Dann abonnieren Sie unseren Newsletter.',
    'Abonnieren Sie unseren WhatsApp-Kanal',
  ),
);

describe('generated pages: the lines European sites leave in a story', () => {
  it('each goes, wherever it stands; the story stays', () => {
    expectLinesGo(lines.map((text) => ({ html: p(text), text })));
  });

  it('a list’s title left under the story goes', () => {
    const titles = name.chain((who) =>
      fc.constantFrom(
        'Mehr von diesem Autor',
        `Alle Artikel von ${who}`,
        `All articles by ${who}`,
        `Tous les articles de ${who}`,
        'Empfehlungen der Redaktion',
        'Top-Themen',
        'Aus dem Ressort',
        'Przeczytaj również',
        'Altre notizie',
        'Plus d’actualités',
        'Veja também',
        'Temas relacionados',
        'Notas relacionadas',
        'Más en Política',
      ),
    );
    expectClosingLinesGo(titles);
  });

  it('a bio’s heading with most of the story after it takes nothing', () => {
    fc.assert(
      fc.property(
        englishStory,
        fc.constantFrom('Sobre o autor', 'Über den Autor', 'About the author', 'The author'),
        (story, heading) => {
          const run = prune(place(story, p(heading), 1));
          expect(keepsAll(run, story)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a public record’s metadata table under the story goes; a table of the story’s facts stays', () => {
    const table = (rows: Array<[string, string]>) =>
      `<table>${rows.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('')}</table>`;
    const recordRows = fc
      .tuple(name, name, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 10, max: 9999 }))
      .map(([maker, publisher, day, visits]): Array<[string, string]> => [
        ['Wytworzył:', maker],
        ['Data wytworzenia:', `${day}.11.2023`],
        ['Opublikował:', publisher],
        ['Data publikacji:', `${day}.11.2023 10:15`],
        ['Ostatnia zmiana:', `${day}.12.2023 09:02`],
        ['Liczba odwiedzin:', String(visits)],
      ]);
    fc.assert(
      fc.property(englishStory, recordRows, fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 3 }), (story, rows, keep) => {
        const chosen = keep.map((i) => rows[i]!);
        const run = prune(story.map(p).join('') + table(chosen));
        for (const [, value] of chosen) expect(run.kept).not.toContain(value);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    const facts: Array<[string, string]> = [
      ['Baubeginn:', '3. Juni 2024'],
      ['Kosten:', '12 Millionen Euro'],
      ['Länge:', '240 Meter'],
      ['Bauherr:', 'Stadt Musterstadt'],
    ];
    // An infobox's dates are dates by their words alone: with no label of the page's own date, the table stays.
    const infobox: Array<[string, string]> = [
      ['Born:', '3 June 1920'],
      ['Died:', '5 May 1990'],
      ['Nationality:', 'Polish'],
    ];
    fc.assert(
      fc.property(englishStory, fc.constantFrom(facts, infobox), (story, rows) => {
        const run = prune(story.map(p).join('') + table(rows));
        for (const [, value] of rows) expect(run.kept).toContain(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('a story’s sentence with the same words stays', () => {
    expectSentencesStay([
      'Die Kommentarfunktion ist ein wichtiger Teil der Plattform, sagte der Geschäftsführer bei der Vorstellung.',
      'Support independent journalism was the motto of the conference held in Berlin last week.',
      'This content is only available to subscribers of the premium plan, the company said on Tuesday.',
      'Bereits Abonnent der Zeitung zu sein, half ihm nicht, als der Verlag die Preise deutlich erhöhte.',
      'Try free courses at the library, the council suggested in its letter to residents of the district.',
      'Weiter ging es am Nachmittag mit einer Führung durch die Altstadt und einem Besuch im Museum.',
      'Die Bildrechte lagen beim Fotografen, der die Aufnahmen im Auftrag der Stadt gemacht hatte.',
      'Sie haben einen Fehler gefunden, räumte die Behörde ein, und die Bescheide sollen neu verschickt werden.',
      'Mehr von diesem Geld soll künftig in die Sanierung der Schulen fließen, kündigte der Kämmerer an.',
      'Dalej trwają prace nad projektem ustawy, który ma trafić do Sejmu jeszcze przed końcem roku.',
      'Siguiente paso será la licitación de las obras, que el ayuntamiento prevé convocar en enero.',
      'Osoba odpowiedzialna za wypadek została zatrzymana przez policję jeszcze tego samego dnia.',
      'Segui le indicazioni dei vigili urbani, ha detto il sindaco ai cittadini durante la conferenza stampa.',
      'Com informações desencontradas, a população ficou sem saber onde buscar atendimento durante a manhã.',
      'Texto aprovado pela Câmara segue agora para o Senado, onde deve ser votado ainda este mês.',
      'Lo último que supo la familia fue que el bus había salido de la terminal a las ocho de la mañana.',
      'Sigue a la espera de una respuesta del ministerio, dijo el dirigente a los periodistas en la plaza.',
    ]);
  });
});
