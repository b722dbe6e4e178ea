/**
 * The lines a blog engine prints around a post, in the languages it ships translated. WordPress and its Jetpack
 * plugin run a large share of the open web's blogs, company news and small-town pages, and their strings are the
 * same on every one of them: the post footer ("This entry was posted in News and tagged bridge. Bookmark the
 * permalink.", "Dieser Eintrag wurde veröffentlicht in …"), the category line ("Posted in News", "Veröffentlicht in
 * Lokales"), the post navigation ("« Previous Post", "Nächster Beitrag »"), the comment form ("Leave a Reply",
 * "Hinterlasse einen Kommentar", "Your email address will not be published. Required fields are marked *") and
 * Jetpack's like button ("Like this:", "Gefällt mir Wird geladen …"). When the theme's class names are lost (a
 * Readability paragraph, a copied page) only the words are left: whole lines, in the engine's wording, never a
 * story's sentence.
 */
import { linkTextLength } from '../../dom.js';
import { isEngineLine, opensOnNavLabel } from './control-lines.js';
import { alive, leafBlocks, linkDensity, remove, textOf, wordCount, type PruneContext } from './util.js';
import { vocabulary } from './split-alternation.js';

/**
 * The post footer: its closing "Bookmark the permalink." in each translation, or its opening, "This entry was posted
 * in … and tagged …".
 */
const POST_FOOTER = vocabulary(
  new RegExp(
    [
      String.raw`bookmark\s+the\s+permalink|setze\s+ein\s+lesezeichen\s+auf\s+den\s+permalink|(?:en\s+)?favoris\s+avec\s+(?:ce\s+)?permalien|guarda\s+el\s+enlace\s+permanente|(?:contrassegna|aggiungi\s+ai\s+segnalibri)\s+il\s+permalink|bookmark\s+de\s+permalink|link\s+permanente\s+aos\s+seus\s+favoritos|zakładkę\s+do\s+bezpośredniego\s+odnośnika`,
      String.raw`^(?:this\s+(?:entry|post)\s+was\s+posted\s+in|dieser\s+(?:eintrag|beitrag)\s+wurde\s+(?:am\s+.{1,40}\s+)?veröffentlicht\s+in|cette\s+entrée\s+a\s+été\s+publiée\s+dans|esta\s+entrada\s+fue\s+publicada\s+en|questa\s+voce\s+è\s+stata\s+pubblicata\s+in|dit\s+bericht\s+is\s+geplaatst\s+in|esta\s+entrada\s+foi\s+publicada\s+em|ten\s+wpis\s+został\s+opublikowany\s+w)\s.{1,120}\s(?:and\s+tagged|und\s+verschlagwortet|avec\s+le\(?s?\)?\s+mot|y\s+etiquetada|e\s+contrassegnata|met\s+de\s+tags?|e\s+marcada|i\s+oznaczony)`,
    ].join('|'),
    'i',
  ),
);
const MAX_FOOTER_WORDS = 60;

/** The label of a category or tag line whose rest is links: "Posted in News", "Veröffentlicht in Lokales, Politik". */
const FILED_UNDER =
  /^(?:posted\s+in|filed\s+under|categories|category|veröffentlicht\s+in|kategorien?|publié\s+dans|catégories?|publicado\s+en|categorías?|pubblicato\s+in|categori[ae]|geplaatst\s+in|categorieën|opublikowano\s+w|kategori[ae]|publicado\s+em|categorias?)\s*[:：]?\s+\S/i;
const MAX_FILED_WORDS = 12;
/** Whether the line after its label is links (the label itself is never one): "Posted in <a>News</a>, <a>Politics</a>". */
const linkedAfterLabel = (el: Element, text: string): boolean => {
  const label = FILED_UNDER.exec(text)?.[0].length ?? text.length;
  return linkTextLength(el) >= 0.8 * (text.length - label + 1);
};

const MAX_NAV_WORDS = 20;

/**
 * Cheap necessary conditions of the patterns below, so that a page without any such line never compiles them (an
 * engine compiles a pattern on its first use, on every click: issue 15).
 */
const MAY_BE_FOOTER =
  /perma|odnośnik|tagged|verschlagwortet|clef|etiquetada|contrassegnata|\btags?\b|marcada|oznaczony/i;
const MAY_BE_NOTICE = /mail|correo/i;
const FILED_WORDS = new Set(
  'posted|filed|categories|category|veröffentlicht|kategorie|kategorien|publié|catégorie|catégories|publicado|categoría|categorías|pubblicato|categoria|categorie|geplaatst|categorieën|opublikowano|kategoria|categorias'.split(
    '|',
  ),
);

const firstWord = (text: string): string => (text.split(/\s/, 1)[0] ?? '').toLowerCase().replace(/[:：]+$/, '');

/** The comment form's notice: "Your email address will not be published." and its translations. */
const EMAIL_NOTICE = vocabulary(
  /^(?:your\s+email\s+address\s+will\s+not\s+be\s+published|deine\s+e-mail-adresse\s+wird\s+nicht\s+veröffentlicht|ihre\s+e-mail-adresse\s+wird\s+nicht\s+veröffentlicht|votre\s+adresse\s+(?:e-mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée|tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada|il\s+tuo\s+indirizzo\s+email\s+non\s+sarà\s+pubblicato|je\s+e-mailadres\s+wordt\s+niet\s+gepubliceerd|twój\s+adres\s+e-mail\s+nie\s+zostanie\s+opublikowany|o\s+seu\s+endereço\s+de\s+e-mail\s+não\s+será\s+publicado)\b/i,
);
const MAX_NOTICE_WORDS = 30;

export function pruneBlogEngineLines(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    if (!alive(ctx, el)) continue;
    const text = textOf(el);
    const words = wordCount(text);
    if (
      isEngineLine(text) ||
      (words <= MAX_NOTICE_WORDS && MAY_BE_NOTICE.test(text) && EMAIL_NOTICE.test(text)) ||
      (words <= MAX_FOOTER_WORDS && MAY_BE_FOOTER.test(text) && POST_FOOTER.test(text)) ||
      (words <= MAX_FILED_WORDS &&
        FILED_WORDS.has(firstWord(text)) &&
        FILED_UNDER.test(text) &&
        linkedAfterLabel(el, text)) ||
      (words <= MAX_NAV_WORDS && linkDensity(el) >= 0.5 && opensOnNavLabel(text))
    )
      remove(ctx, el, 'blog-engine');
  }
}
