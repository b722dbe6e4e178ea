/**
 * Cookie and consent dialogs in the page's markup (src/core/extract/consent-dialogs.ts). Generated club, council and
 * company posts of one to four paragraphs, in German, English, French and Italian, with a consent dialog in the
 * shapes the common managers print (Borlabs, Cookiebot, Klaro, Complianz, a theme's plain banner) before or after
 * the page: Winnow gives the story whole and none of the dialog, where Readability alone often takes the dialog for
 * the article or beside it. A story about cookie banners, a recipe for cookies and a page wrapped in a banner's
 * state class stay whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, cleanedText, readabilityText } from '../../helpers/dom.js';
import { isConsentDialog } from '../../../src/core/extract/consent-dialogs.js';

const CONSENT = {
  de: {
    title: 'Datenschutzeinstellungen',
    text: 'Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Personenbezogene Daten können verarbeitet werden, zum Beispiel für personalisierte Anzeigen und Inhalte oder die Messung von Anzeigen und Inhalten. Sie können Ihre Auswahl jederzeit unter Einstellungen widerrufen oder anpassen.',
    accept: 'Alle akzeptieren',
    other: 'Nur essenzielle Cookies akzeptieren',
    more: 'Individuelle Datenschutzeinstellungen',
  },
  en: {
    title: 'We value your privacy',
    text: 'We use cookies and similar technologies on our website. Some of them are essential, while others help us to improve this website and your experience. Personal data may be processed, for example for personalised ads and content or ad and content measurement. You can revoke or adjust your selection at any time under Settings.',
    accept: 'Accept all',
    other: 'Reject all',
    more: 'Cookie settings',
  },
  fr: {
    title: 'Gestion des cookies',
    text: 'Nous utilisons des cookies sur notre site. Certains sont essentiels, tandis que d’autres nous aident à améliorer ce site et votre expérience. Des données personnelles peuvent être traitées, par exemple pour des annonces et des contenus personnalisés ou la mesure de l’audience. Vous pouvez modifier votre choix à tout moment dans les paramètres.',
    accept: 'Tout accepter',
    other: 'Tout refuser',
    more: 'Personnaliser',
  },
  it: {
    title: 'Informativa sui cookie',
    text: 'Utilizziamo i cookie sul nostro sito. Alcuni sono essenziali, mentre altri ci aiutano a migliorare il sito e la tua esperienza. I dati personali possono essere trattati, ad esempio per annunci e contenuti personalizzati o per la misurazione degli annunci e dei contenuti. Puoi revocare o modificare la tua scelta in qualsiasi momento nelle impostazioni.',
    accept: 'Accetta tutti',
    other: 'Rifiuta',
    more: 'Personalizza',
  },
};
type Lang = keyof typeof CONSENT;

const STORY = [
  'The under-twelves won their last home game of the season on Saturday, three goals to one against the visitors from the valley.',
  'After a goalless first half the team found its rhythm, and the captain scored twice within ten minutes of the restart.',
  'The coaches thanked the parents who ran the kiosk all season and raised enough money for a new set of training goals.',
  'Training continues through the summer on Tuesdays and Thursdays, and new players of every level are always welcome.',
];

type Kind = 'borlabs' | 'cookiebot' | 'klaro' | 'complianz' | 'plain';
const KINDS: Kind[] = ['borlabs', 'cookiebot', 'klaro', 'complianz', 'plain'];

function dialog(kind: Kind, lang: Lang): string {
  const c = CONSENT[lang];
  switch (kind) {
    case 'borlabs':
      return `<div data-nosnippet><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-modal="true"><div class="_brlbs-box-wrap"><div class="_brlbs-box"><div class="cookie-box"><span role="heading" aria-level="3" class="_brlbs-h3">${c.title}</span><p id="CookieBoxTextDescription">${c.text}</p><p class="_brlbs-accept"><a href="#" role="button" class="_brlbs-btn _brlbs-btn-accept-all">${c.accept}</a></p><p class="_brlbs-refuse-btn"><a href="#" role="button" class="_brlbs-btn">${c.other}</a></p><p class="_brlbs-manage-btn"><a href="#" role="button" class="_brlbs-btn">${c.more}</a></p><p class="_brlbs-legal"><a href="/privacy/">Privacy</a><span class="_brlbs-separator"></span><a href="/imprint/">Imprint</a></p></div></div></div></div></div>`;
    case 'cookiebot':
      return `<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" tabindex="-1" lang="${lang}" class="CybotCookiebotDialogActive"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">${c.title}</h2><div id="CybotCookiebotDialogBodyContentText">${c.text}</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">${c.other}</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">${c.accept}</button></div></div></div>`;
    case 'klaro':
      return `<div id="klaro"><div class="klaro"><div class="cookie-notice" role="dialog"><div class="cn-body"><h2>${c.title}</h2><p>${c.text}</p><div class="cn-ok"><a class="cm-link cn-learn-more" href="#">${c.more}</a><div class="cn-buttons"><button class="cm-btn cn-decline" type="button">${c.other}</button><button class="cm-btn cm-btn-success" type="button">${c.accept}</button></div></div></div></div></div></div>`;
    case 'complianz':
      return `<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right"><div class="cmplz-header"><div class="cmplz-title">${c.title}</div></div><div class="cmplz-body"><div class="cmplz-message"><p>${c.text}</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${c.accept}</button><button class="cmplz-btn cmplz-deny">${c.other}</button><button class="cmplz-btn cmplz-view-preferences">${c.more}</button></div></div>`;
    case 'plain':
      return `<div id="cookie-notice" class="cookie-bar"><p>${c.text} <a href="/privacy">Privacy</a></p><button type="button">${c.accept}</button></div>`;
  }
}

interface Post {
  kind: Kind;
  lang: Lang;
  paragraphs: number;
  before: boolean;
}

function page(p: Post): string {
  const story = STORY.slice(0, p.paragraphs)
    .map((s) => `<p>${s}</p>`)
    .join('');
  const banner = dialog(p.kind, p.lang);
  return `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>Under-twelves win their last home game | SV Example</title></head><body>
    ${p.before ? banner : ''}<div id="page"><header id="masthead"><a href="/">SV Example</a><nav><ul><li><a href="/">Home</a></li><li><a href="/club/">Club</a></li><li><a href="/teams/">Teams</a></li></ul></nav></header>
    <div id="content"><div class="post"><h1 class="entry-title">Under-twelves win their last home game</h1><div class="entry-content">${story}</div></div></div>
    <footer id="colophon"><a href="/imprint/">Imprint</a> <a href="/privacy/">Privacy</a></footer></div>${p.before ? '' : banner}</body></html>`;
}

const URL_ = 'https://www.sv.example/2024/06/under-twelves-win.html';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);

const posts = fc.record({
  kind: fc.constantFrom(...KINDS),
  lang: fc.constantFrom<Lang>('de', 'en', 'fr', 'it'),
  paragraphs: fc.integer({ min: 1, max: 4 }),
  before: fc.boolean(),
});

/** The dialog's first sentence: what must not reach the reader. */
const opening = (lang: Lang) => CONSENT[lang].text.split('. ')[0]!;

describe('consent dialogs in the page', () => {
  it('give the story whole and none of the dialog', () => {
    let misled = 0;
    fc.assert(
      fc.property(posts, (p) => {
        const html = page(p);
        const alone = readabilityAlone(html);
        if (alone.includes(opening(p.lang)) || !alone.includes(STORY[0]!)) misled++;
        const text = cleaned(html);
        for (const s of STORY.slice(0, p.paragraphs)) expect(text).toContain(s);
        expect(text).not.toContain(opening(p.lang));
      }),
      { numRuns: 60, seed: 20261205 },
    );
    // The case the rule is for: beside a short story, Readability alone takes the dialog or loses the story.
    expect(misled).toBeGreaterThanOrEqual(5);
  });

  it('keep a story about cookie banners, a cookie recipe and a page wrapped in a banner state', () => {
    const story = [
      'Regulators said on Monday that cookie banners must offer a button to reject all cookies as plainly as the one to accept them.',
      'Sites that hide the refusal behind a second screen of settings will have three months to change their consent dialogs.',
    ];
    const news = `<!doctype html><html lang="en"><head><title>Cookie banners must offer a reject button</title></head><body>
      <div class="has-cookie-banner"><h1>Cookie banners must offer a reject button</h1><div class="story">${story.map((s) => `<p>${s}</p>`).join('')}
      <p><button>Accept</button></p></div></div></body></html>`;
    const newsText = cleaned(news);
    for (const s of story) expect(newsText).toContain(s);

    const steps = [
      'Cream the butter and both sugars until pale, then beat in the egg and the vanilla until the dough is smooth.',
      'Fold in the flour, salt and chocolate chips, scoop twelve balls onto a lined tray and bake for eleven minutes.',
    ];
    const recipe = `<!doctype html><html lang="en"><head><title>Chewy chocolate chip cookies</title></head><body><h1>Chewy chocolate chip cookies</h1>
      <div class="cookie-recipe-card"><p>These cookies keep for a week in a tin.</p><ol>${steps.map((s) => `<li>${s}</li>`).join('')}</ol>
      <button>Save recipe</button><button>Print</button></div></body></html>`;
    const recipeText = cleaned(recipe);
    for (const s of steps) expect(recipeText).toContain(s);

    // The dialog itself, by the three things together.
    const doc = parse(page({ kind: 'plain', lang: 'en', paragraphs: 2, before: true }), URL_).window.document;
    expect(isConsentDialog(doc.getElementById('cookie-notice')!)).toBe(true);
    expect(isConsentDialog(doc.getElementById('page')!)).toBe(false);
  });
});
