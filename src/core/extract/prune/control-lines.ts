import { collapseRuns } from '../../dom.js';
/**
 * Lines that are a control's label and nothing else, matched as whole phrases in a set rather than by a pattern:
 * an engine compiles every regular expression on its first use in each page the cleaner runs in, and a long
 * case-insensitive alternation of phrases in a dozen languages costs milliseconds on every click (issue 15), while
 * a set lookup of the line, reduced to its key, costs nothing to set up. The phrases here are fixed wordings: the
 * comment, save, send and listen buttons of European news sites, company pages' contact buttons, the page tools of
 * government pages and the lines a blog engine prints around a post.
 */

/**
 * A line as its label is matched: lower case, one space between words, the apostrophe straight, arrows and a
 * trailing colon, stop or ellipsis dropped, a count written `#` ("Kommentare (3)" → "kommentare (#)").
 */
export function controlKey(text: string): string {
  return collapseRuns(
    text
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/[«»‹›←→]/g, ' ')
      .replace(/\d+/g, '#')
      .replace(/\s*[(（[]\s*#\s*[)）\]]/g, ' (#)'),
  )
    .replace(/(?:\s*[:：.!…])+$/, '')
    .trim();
}

/** Whole-line controls of news, company and government pages, by language. */
const CONTROLS = [
  // English
  'newsletter|contact us|get in touch|request a quote|request a demo|request a call|request a callback|book a demo|book a call|book a consultation|print this page|print page|share this page|email this page|e-mail this page|email this article|recommend this page|bookmark this page|back to top|back to the top|return to top|back to top of page|back to top of the page|report a problem|report an issue|report an error|report a problem with this page|report an issue with this page|comments (#)|comment (#)',
  // German
  'newsletter abonnieren|newsletter bestellen|merkliste|zur merkliste|zur merkliste hinzufügen|vorlesen lassen|artikel vorlesen lassen|hören|schriftgröße|zum artikel|bilder|video|a a a|a- a a+|kontaktieren sie uns|kontakt aufnehmen|anfragen|jetzt anfragen|unverbindlich anfragen|jetzt unverbindlich anfragen|termin vereinbaren|angebot anfordern|seite drucken|seite teilen|seite empfehlen|seite merken|seite versenden|seite weiterempfehlen|nach oben scrollen|kommentare (#)|kommentar (#)',
  // French
  'sujets associés|réagir|commenter|voir les commentaires|ajouter à mes favoris|ajouter aux favoris|offrir cet article|envoyer par email|envoyer par e-mail|envoyer par courriel|signaler un contenu|à découvrir|à découvrir aussi|nos dernières vidéos|contactez-nous|demander un devis|prendre rendez-vous|imprimer la page|imprimer cette page|partager la page|partager cette page|envoyer la page|envoyer cette page|recommander cette page|haut de la page|commentaires (#)|commentaire (#)',
  // Spanish
  'comparte esta noticia|compartir esta noticia|comparte este artículo|compartir este artículo|comentar|ver comentarios|ver los comentarios|guardar|enviar por correo|enviar por email|enviar por e-mail|noticia relacionada|noticias relacionadas|te recomendamos|contáctanos|contacte con nosotros|solicitar presupuesto|solicitar un presupuesto|pedir cita|imprimir página|imprimir la página|imprimir esta página|compartir página|compartir la página|compartir esta página|enviar página|compartir en redes|compartir en redes sociales|comentarios (#)|comentario (#)',
  // Italian
  "condividi su facebook|condividi su twitter|condividi su whatsapp|condividi l'articolo|commenta|iscriviti|leggi anche|guarda anche|potrebbe interessarti|potrebbe interessarti anche|contattaci|richiedi preventivo|richiedi un preventivo|stampa la pagina|stampa pagina|stampa questa pagina|condividi la pagina|condividi questa pagina|invia la pagina|torna all'inizio|commenti (#)",
  // Dutch
  'nieuwsbrief|reageer|reageren|deel dit artikel|lees ook|neem contact op|neem contact met ons op|offerte aanvragen|print deze pagina|deel deze pagina|mail deze pagina|reacties (#)',
  // Polish
  'skomentuj|udostępnij artykuł|czytaj też|czytaj także|czytaj również|skontaktuj się z nami|zapytaj o ofertę|drukuj stronę|drukuj tę stronę|udostępnij stronę|udostępnij tę stronę|wyślij stronę|komentarze (#)',
  // Portuguese, and the Nordic count
  'leia também|fale conosco|entre em contato|solicite orçamento|solicite um orçamento|imprimir esta página|compartilhar esta página|partilhar esta página|comentários (#)|kommentarer (#)', // An event page's calendar button and the way back to the list it came from (news, events, press releases)
  // A byline's label left on a line of its own, its name gone to the article's byline or never filled in.
  'by|von|par|por|door|av|przez|af',
  'add to calendar|add to my calendar|add to google calendar|add to outlook calendar|add to ical|save to calendar|export to calendar|download ics|download ical|back to overview|back to the overview|back to list|back to the list|back to events|back to all events|back to news|back to all news|back to press releases',
  'termin in kalender übernehmen|in kalender übernehmen|in den kalender übernehmen|zum kalender hinzufügen|in den kalender eintragen|in meinen kalender eintragen|im kalender speichern|termin speichern|kalendereintrag|ical-export|ics herunterladen|zurück zur liste|zurück zu allen veranstaltungen|zurück zur veranstaltungsübersicht|zurück zu den veranstaltungen|zurück zum veranstaltungskalender|zurück zur newsübersicht|zurück zu den news|zurück zu den nachrichten|zurück zu den pressemitteilungen',
  "ajouter au calendrier|ajouter à mon calendrier|ajouter à l'agenda|ajouter à mon agenda|retour à la liste|retour aux actualités|retour à l'agenda|retour aux événements|añadir al calendario|agregar al calendario|añadir a mi calendario|volver al listado|volver a la lista|volver a noticias|volver a la agenda",
  "aggiungi al calendario|torna alla lista|torna all'elenco|torna alle notizie|torna agli eventi|toevoegen aan agenda|toevoegen aan kalender|toevoegen aan mijn agenda|terug naar overzicht|terug naar het overzicht|terug naar de agenda|dodaj do kalendarza|powrót do listy|wróć do listy|powrót do aktualności|adicionar ao calendário|adicionar à agenda|voltar para a lista|voltar à lista",
];

/** The lines a blog engine (WordPress and its Jetpack plugin) prints around a post, in the languages it ships. */
const ENGINE = [
  // The comment form, and closed comments
  'leave a reply|leave a comment|leave a reply cancel reply|cancel reply|hinterlasse einen kommentar|schreibe einen kommentar|antworten abbrechen|kommentar verfassen|laisser un commentaire|annuler la réponse|deja una respuesta|deja un comentario|cancelar la respuesta|cancelar respuesta|lascia un commento|annulla risposta|geef een reactie|reactie annuleren|dodaj komentarz|anuluj pisanie odpowiedzi|deixe um comentário|deixe uma resposta|cancelar resposta',
  'comments are closed|kommentare sind geschlossen|les commentaires sont fermés|comentarios cerrados|i commenti sono chiusi|reacties zijn gesloten|komentarze są wyłączone|comentários encerrados',
  // Jetpack's like button: its heading and its loading text
  "like this|like loading|gefällt mir|gefällt mir wird geladen|j'aime ça|j'aime chargement|me gusta esto|me gusta cargando|mi piace|mi piace caricamento|vind ik leuk|vind-ik-leuk laden|lubię to|lubię wczytywanie|curtir isso|curtir carregando",
  // Back to the blog's front page
  "back to home|back to homepage|back to the homepage|back to the blog|back to blog|return to home|return to the homepage|zurück zur startseite|retour à l'accueil|volver al inicio|torna alla home|torna alla homepage|terug naar home|terug naar de homepage",
];

/** The post navigation's labels, alone or before the other post's linked title: their first two words. */
const NAV_LABELS = new Set(
  'previous post|next post|previous entry|next entry|previous article|next article|older posts|newer posts|older post|newer post|vorheriger beitrag|nächster beitrag|vorheriger artikel|nächster artikel|älterer beitrag|neuerer beitrag|article précédent|article suivant|billet précédent|billet suivant|entrada anterior|entrada siguiente|articolo precedente|articolo successivo|vorig bericht|volgend bericht|poprzedni wpis|następny wpis|poprzedni artykuł|następny artykuł|post anterior|próximo post|artigo anterior|próximo artigo|artigo seguinte'.split(
    '|',
  ),
);

const CONTROL_SET = new Set(CONTROLS.flatMap((list) => list.split('|')));
const ENGINE_SET = new Set([...ENGINE.flatMap((list) => list.split('|')), ...NAV_LABELS]);

/** Longer than any phrase here: the key is not worth making. */
const MAX_CHARS = 60;

/** Whether `text` is one of the controls of news, company and government pages, whole. */
export const isControlLine = (text: string): boolean => text.length <= MAX_CHARS && CONTROL_SET.has(controlKey(text));

/** Whether `text` is one of the lines a blog engine prints around a post, whole. */
export const isEngineLine = (text: string): boolean => text.length <= MAX_CHARS && ENGINE_SET.has(controlKey(text));

/** Whether `text` opens on a post navigation label ("Nächster Beitrag Sommerfest im Stadtpark"). */
export const opensOnNavLabel = (text: string): boolean =>
  NAV_LABELS.has(controlKey(text).split(' ', 2).join(' ')) ||
  NAV_LABELS.has(
    controlKey(text)
      .replace(/^[^\p{L}]+/u, '')
      .split(' ', 2)
      .join(' '),
  );
