/**
 * The lines WordPress and Jetpack print around a post (prune/blog-engine-lines.ts), over generated posts: a story,
 * then any of the post footer, the category line, the post navigation, the comment form's heading, notice and
 * cancel link, and the like button, in eight of the languages the engine ships translated, each a paragraph as a
 * Readability article holds them once the theme's classes are gone. The whole prune pass runs. Every time: all of
 * them go, and every paragraph of the story is still there; sentences that use the same words stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportParagraphs } from './prose.js';
import { keepsAll, p, prune, RUNS, squash } from './story-page.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261206;

const a = (text: string) => `<a href="/${encodeURIComponent(text)}/">${text}</a>`;

interface Strings {
  footer: (category: string, tag: string) => string;
  filed: string;
  previous: string;
  next: string;
  reply: string;
  cancel: string;
  notice: string;
  like: string[];
}

/** The engine's own wording, per language (WordPress core and Jetpack translations). */
const STRINGS: Record<string, Strings> = {
  en: {
    footer: (c, t) => `This entry was posted in ${a(c)} and tagged ${a(t)}. Bookmark the ${a('permalink')}.`,
    filed: 'Posted in',
    previous: '« Previous Post',
    next: 'Next Post »',
    reply: 'Leave a Reply',
    cancel: 'Cancel reply',
    notice: 'Your email address will not be published. Required fields are marked *',
    like: ['Like this:', 'Like Loading...'],
  },
  de: {
    footer: (c, t) =>
      `Dieser Eintrag wurde veröffentlicht in ${a(c)} und verschlagwortet mit ${a(t)}. Setze ein Lesezeichen auf den ${a('Permalink')}.`,
    filed: 'Veröffentlicht in',
    previous: '« Vorheriger Beitrag',
    next: 'Nächster Beitrag »',
    reply: 'Hinterlasse einen Kommentar',
    cancel: 'Antworten abbrechen',
    notice: 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
    like: ['Gefällt mir:', 'Gefällt mir Wird geladen …'],
  },
  fr: {
    footer: (c, t) =>
      `Cette entrée a été publiée dans ${a(c)}, avec le(s) mot(s)-clef(s) ${a(t)}. Vous pouvez la mettre en favoris avec ${a('ce permalien')}.`,
    filed: 'Publié dans',
    previous: '← Article précédent',
    next: 'Article suivant →',
    reply: 'Laisser un commentaire',
    cancel: 'Annuler la réponse',
    notice: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    like: ['J’aime ça :', 'J’aime Chargement…'],
  },
  es: {
    footer: (c, t) =>
      `Esta entrada fue publicada en ${a(c)} y etiquetada ${a(t)}. Guarda el ${a('enlace permanente')}.`,
    filed: 'Publicado en',
    previous: '« Entrada anterior',
    next: 'Entrada siguiente »',
    reply: 'Deja una respuesta',
    cancel: 'Cancelar la respuesta',
    notice: 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *',
    like: ['Me gusta esto:', 'Me gusta Cargando...'],
  },
  it: {
    footer: (c, t) =>
      `Questa voce è stata pubblicata in ${a(c)} e contrassegnata con ${a(t)}. Contrassegna il ${a('permalink')}.`,
    filed: 'Pubblicato in',
    previous: '« Articolo precedente',
    next: 'Articolo successivo »',
    reply: 'Lascia un commento',
    cancel: 'Annulla risposta',
    notice: 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
    like: ['Mi piace:', 'Mi piace Caricamento...'],
  },
  nl: {
    footer: (c, t) => `Dit bericht is geplaatst in ${a(c)} met de tags ${a(t)}. Bookmark de ${a('permalink')}.`,
    filed: 'Geplaatst in',
    previous: '← Vorig bericht',
    next: 'Volgend bericht →',
    reply: 'Geef een reactie',
    cancel: 'Reactie annuleren',
    notice: 'Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *',
    like: ['Vind ik leuk:', 'Vind-ik-leuk Laden...'],
  },
  pl: {
    footer: (c, t) =>
      `Ten wpis został opublikowany w kategorii ${a(c)} i oznaczony tagami ${a(t)}. Dodaj zakładkę do ${a('bezpośredniego odnośnika')}.`,
    filed: 'Opublikowano w',
    previous: '← Poprzedni wpis',
    next: 'Następny wpis →',
    reply: 'Dodaj komentarz',
    cancel: 'Anuluj pisanie odpowiedzi',
    notice: 'Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *',
    like: ['Lubię to:', 'Lubię Wczytywanie…'],
  },
  pt: {
    footer: (c, t) =>
      `Esta entrada foi publicada em ${a(c)} e marcada com ${a(t)}. Adicione o ${a('link permanente')} aos seus favoritos.`,
    filed: 'Publicado em',
    previous: '← Post anterior',
    next: 'Próximo post →',
    reply: 'Deixe um comentário',
    cancel: 'Cancelar resposta',
    notice: 'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
    like: ['Curtir isso:', 'Curtir Carregando...'],
  },
};

type Kind = 'footer' | 'filed' | 'navigation' | 'form' | 'like';
const KINDS: Kind[] = ['footer', 'filed', 'navigation', 'form', 'like'];

/** The furniture of `kind` as paragraphs, in `lang`. */
function furniture(s: Strings, kind: Kind, linkedTitles: boolean): string[] {
  switch (kind) {
    case 'footer':
      return [s.footer('Lokales', 'Brücke')];
    case 'filed':
      return [`${s.filed} ${a('Lokales')}, ${a('Politik')}`];
    case 'navigation':
      return linkedTitles
        ? [`${s.previous} ${a('Sommerfest im Stadtpark')}`, `${s.next} ${a('Neue Buslinie verbindet Vororte')}`]
        : [a(s.previous), a(s.next)];
    case 'form':
      return [s.reply, s.cancel, s.notice];
    case 'like':
      return s.like;
  }
}

const posts = fc.record({
  story: reportParagraphs(8, 14),
  lang: fc.constantFrom(...Object.keys(STRINGS)),
  kinds: fc.subarray(KINDS, { minLength: 1 }),
  linkedTitles: fc.boolean(),
});

const plain = (html: string) => squash(html.replace(/<[^>]+>/g, ''));

describe('prune: a blog engine’s lines around the post', () => {
  it('go in each language, and the story stays whole', () => {
    fc.assert(
      fc.property(posts, ({ story, lang, kinds, linkedTitles }) => {
        const lines = kinds.flatMap((kind) => furniture(STRINGS[lang]!, kind, linkedTitles));
        const run = prune(story.map(p).join('') + lines.map(p).join(''));
        expect(keepsAll(run, story)).toBe(true);
        for (const line of lines) expect(run.kept).not.toContain(plain(line));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('leave a story’s sentences that use the same words', () => {
    const sentences = [
      'The previous post office on the corner closed in 2019, and residents have driven to the next town since.',
      'Posted in Berlin for three years, the diplomat said she had never seen the council so divided.',
      'Residents may leave a reply at the town hall, the mayor said, if they want a say in the plan.',
      'Die nächster Beitrag zur Debatte kam von der Opposition, die eine Neubau forderte.',
    ];
    const run = prune(sentences.map(p).join(''));
    for (const sentence of sentences) expect(run.kept).toContain(sentence);
  });
});
