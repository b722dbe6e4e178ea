/**
 * Cookie and consent dialogs in the page's markup. Consent managers that render on the server (Borlabs, Complianz,
 * Klaro, Cookie Notice, a theme's own banner) put a paragraph or two of "We use cookies…" into every page, and
 * the ones a script injects are in the live page the reader clicks on. Beside a long story Readability leaves
 * them out; beside a story of a paragraph or two they outscore it: Readability took the banner for the article
 * and the story was lost, or took both. So they go before Readability runs.
 *
 * A consent dialog is known by three things together, never by its words alone (a story about cookie banners, a
 * recipe for cookies, stays):
 *  - it says so: a consent manager's name in its id or classes (`cookie`, `consent`, `gdpr`, `cmplz`, `CybotCookiebot`
 *    …), or it is a dialog (`<dialog>`, `role="dialog"`, `aria-modal`) that speaks of cookies;
 *  - its text speaks of cookies or consent, in the reader's language or another;
 *  - it asks for an answer: a button or link labelled accept, agree, allow, decline or save, in so many words.
 * Nor does it hold the page's article: no `<h1>`, `<main>`, `<article>` inside it (a wrapper named after a
 * banner's state, `<div class="has-cookie-banner">` round the whole page, is not a dialog), and no more than a
 * dialog's words. What goes is recorded as `prune:consent`, whole, as the prune rules record theirs.
 */
import type { Removal } from '../types.js';
import { collapsedText } from '../dom.js';
import { allElements } from '../spam/page-index.js';
import { wordCount } from './prune/util.js';
import { vocabulary } from './prune/split-alternation.js';

const CONSENT_NAME =
  /cookie|consent|gdpr|dsgvo|rgpd|cmplz|borlabs|cybot|didomi|onetrust|usercentrics|iubenda|klaro|tarteaucitron|axeptio|quantcast|sp_message|(?:^|[\s_-])cmp(?:$|[\s_-])/i;
const DIALOG_ROLE = /^(?:dialog|alertdialog)$/i;
/** What a consent dialog is about, in the languages the reader meets it in. */
const CONSENT_TEXT = vocabulary(
  /cookie|consent|einwillig|zustimm|datenschutz|privacy|tracking|confidentialit|consentement|privacidad|consentimiento|riservatezza|consenso|toestemming|ciasteczk|zgod[aęy]|privacidade|consentimento|쿠키|クッキー|隐私|隱私/i,
);
/**
 * The answers it asks for: a control's label made only of these words, one of them an answer ("Accept all cookies",
 * "Alle akzeptieren", "Das ist OK", "Tout refuser", "Auswahl speichern"); "Save recipe" is not one.
 */
const ANSWER_WORDS = new Set(
  'accept accepter accepteer accepteren aceptar aceitar aceito accetta accetto accettare akzeptieren akzeptiere annehmen zustimmen einverstanden agree allow zulassen erlauben ok okay got verstanden akceptuj akceptuję zgadzam decline reject ablehnen refuser rechazar rifiuta rifiutare weigeren odrzuć recusar save speichern enregistrer guardar salva opslaan zapisz confirm bestätigen'.split(
    ' ',
  ),
);
const ANSWER_FILLER = new Set(
  'all alle allen alles tout toutes tous todas todos tutti tutto wszystkie tudo cookie cookies i ich je the die das ist it and und et y e en close schließen fermer cerrar chiudi sluiten selection auswahl sélection selección selezione selectie choices choix preferences settings einstellungen paramètres only nur seulement solo alleen necessary essential notwendige notwendigen essenzielle essentielle nécessaires necesarias necessari noodzakelijke niezbędne required strictly my mes meine mis le les la el los il gli de het się wybrane ausgewählte selected'.split(
    ' ',
  ),
);

function isAnswer(label: string): boolean {
  const words = label.toLowerCase().match(/[\p{L}']+/gu);
  if (!words || words.length > 6) return false;
  return words.some((w) => ANSWER_WORDS.has(w)) && words.every((w) => ANSWER_WORDS.has(w) || ANSWER_FILLER.has(w));
}
const ARTICLE_INSIDE = 'h1, main, article, [role="main"]';
/** A dialog's text, details of its purposes included; a block longer than this holds more than a dialog. */
const MAX_WORDS = 600;
const CONTROLS = 'button, a, input[type="button"], input[type="submit"], [role="button"]';

function isNamed(el: Element): boolean {
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return names.length > 1 && CONSENT_NAME.test(names);
}

function isDialog(el: Element): boolean {
  return (
    el.localName === 'dialog' ||
    DIALOG_ROLE.test(el.getAttribute('role') ?? '') ||
    el.getAttribute('aria-modal') === 'true'
  );
}

function asksForAnswer(el: Element): boolean {
  for (const control of Array.from(el.querySelectorAll(CONTROLS))) {
    const label = collapsedText(control) || control.getAttribute('value') || control.getAttribute('aria-label') || '';
    if (isAnswer(label)) return true;
  }
  return false;
}

/** Whether `el` is a consent dialog (see the module's note). */
export function isConsentDialog(el: Element): boolean {
  if (el.localName === 'html' || el.localName === 'body') return false;
  if (!isNamed(el) && !isDialog(el)) return false;
  const text = el.textContent ?? '';
  if (!CONSENT_TEXT.test(text) || wordCount(text) > MAX_WORDS) return false;
  if (el.querySelector(ARTICLE_INSIDE)) return false;
  return asksForAnswer(el);
}

/** Removes the clone's consent dialogs, outermost first, and says what went. */
export function takeConsentDialogs(clone: Document): Removal[] {
  const removed: Removal[] = [];
  for (const el of allElements(clone)) {
    // Reading attributes is the cost here (a microsecond an element in jsdom): most elements have none to read.
    if (!el.hasAttributes() && el.localName !== 'dialog') continue;
    if (!isNamed(el) && !isDialog(el)) continue;
    if (!el.isConnected || !isConsentDialog(el)) continue;
    const text = collapsedText(el);
    el.remove();
    if (text) removed.push({ reason: 'prune:consent', text });
  }
  return removed;
}
