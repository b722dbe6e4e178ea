import { describe, expect, it } from 'vitest';
import { pruneCallsToAction } from '../../../../src/core/extract/prune/calls-to-action.js';
import { paragraphs, runRule } from './prune-helper.js';

describe('prune: calls to action, share bars, ad labels', () => {
  it("keeps a newsletter issue's items, set in a box named for the newsletter, and takes its sign-up box", () => {
    const items = [
      'JavaScript Temporal is a replacement for the Date object that makes date and time management predictable.',
      'TypeZero is a zero-configuration TypeScript boilerplate for modern backend development.',
      "Apple's Services division had an all-time revenue high of $26.3 billion this quarter.",
      'cs16.css is a CSS library based on the Counter-Strike 1.6 UI.',
      'A collection of advice given from one friend to another about blogging.',
    ];
    const issue = items.map(
      (item, i) => `<article><h3>Item ${i}</h3><div class="newsletter-html">${item}</div></article>`,
    );
    const r = runRule(
      pruneCallsToAction,
      issue.join('') + '<div class="newsletter-signup">Join 1,250,000 readers</div>',
      {
        before: '',
      },
    );
    for (const item of items) expect(r.text).toContain(item);
    expect(r.removed).toEqual([{ reason: 'prune:chrome', text: 'Join 1,250,000 readers' }]);
  });

  it('takes newsletter prompts, share-button lines, ad labels and shouted promos', () => {
    const r = runRule(
      pruneCallsToAction,
      '<p>Sign up for our free newsletter to get the latest news in your inbox.</p>' +
        '<p><a href="#">Whatsapp</a> &nbsp; <a href="#">Facebook</a> &nbsp; Pint &nbsp; <a href="#">Baixar</a></p>' +
        '<p>Advertisement</p><p>GET FOX BUSINESS ON THE GO BY CLICKING HERE</p>' +
        '<p>ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual([
      'prune:prompt',
      'prune:chrome',
      'prune:chrome',
      'prune:teaser',
      'prune:prompt',
    ]);
    expect(r.text).not.toMatch(/newsletter|Whatsapp|Advertisement|CLICKING|moderador/);
  });

  it('takes a newsletter’s self-promotion that offers to land in the inbox or asks to subscribe below', () => {
    const r = runRule(
      pruneCallsToAction,
      paragraphs([
        'The kernel maintainers released version 6.1 on Sunday, with long-term support and a new memory allocator.',
        'Distributions are expected to pick it up over the next months, starting with the rolling releases.',
      ]) +
        '<p>cron.weekly is a newsletter about Linux, open source &amp; webdevelopment. Want to get it in your inbox every Sunday? Subscribe below!</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:prompt']);
    expect(r.text).not.toMatch(/cron\.weekly/);
  });

  it('takes a share box by its class, with every word recorded', () => {
    const r = runRule(pruneCallsToAction, '<div class="share-bar"><a>Share</a><a>Tweet</a><a>Email</a></div>');
    expect(r.removed).toEqual([{ reason: 'prune:chrome', text: 'ShareTweetEmail' }]);
  });

  it('reads a camel-case class as words: recommendedArticle, shareBar, relatedPosts', () => {
    for (const name of ['recommendedArticle__title', 'shareBar', 'relatedPosts', 'newsletterSignupBox']) {
      const r = runRule(pruneCallsToAction, `<div class="${name}"><p>Polecany artykuł:</p></div>`);
      expect(r.text, name).not.toContain('Polecany artykuł');
    }
    // Words run together in lower case are one word, as before: "sharedspace" names no share bar.
    const r = runRule(pruneCallsToAction, '<div class="sharedspace"><p>Polecany artykuł:</p></div>');
    expect(r.text).toContain('Polecany artykuł');
  });

  it('keeps paragraphs whose box is named after a tag list or a share bar, and still takes the list and the bar', () => {
    // BLICK.de sets each paragraph in a <div class="styled-tags">, which Readability unwraps into the paragraph.
    const story = [
      'Der Fachkräftemangel trifft zunehmend auch die medizinische Versorgung vor Ort, berichten die Praxen der Region.',
      'Gesucht wird eine medizinische Fachangestellte für die Rezeption, die Termine vereinbart und Patienten aufnimmt.',
      'The council will publish the results of the survey in January, the mayor told the meeting on Tuesday evening.',
    ];
    for (const name of ['styled-tags', 'share-text', 'social content', 'breadcrumb-prose']) {
      const r = runRule(
        pruneCallsToAction,
        story.map((line) => `<p class="${name}">${line}</p>`).join('') +
          '<div class="tags"><a href="/t/a">Marienberg</a> <a href="/t/b">Gesundheit</a></div>' +
          '<div class="share-bar"><a>Share</a><a>Tweet</a></div>',
      );
      for (const line of story) expect(r.text, name).toContain(line);
      expect(r.text, name).not.toMatch(/Gesundheit|Tweet/);
    }
    // A paragraph in a box named after a newsletter or an ad still goes: such boxes speak in sentences.
    const pitch =
      '<p class="newsletter-tags">Get the morning briefing in your inbox every weekday, with the stories of the valley.</p>';
    expect(runRule(pruneCallsToAction, pitch).text).not.toContain('morning briefing');
  });

  it('keeps prose about newsletters, a plain "click here" instruction and a long related-content wrapper', () => {
    const prose =
      '<p>The council said it would publish a newsletter for residents next year, and that the first issue would explain the new bin collection rules in detail.</p>';
    const instruction = '<p>Click here to get more information or download this game.</p>';
    const wrapper = `<div class="related-content"><p>${'The bridge will be finished in 2026 and cost the town less than the road. '.repeat(6)}</p></div>`;
    const r = runRule(pruneCallsToAction, prose + instruction + wrapper);
    expect(r.removed).toEqual([]);
  });

  it('takes Chinese share bars, 扫码关注 boxes and page tools, keeps a sentence about sharing', () => {
    const r = runRule(
      pruneCallsToAction,
      '<p>分享到：微信 微博 QQ空间</p><p>扫码关注“城市晚报”微信公众号，获取更多本地资讯</p>' +
        '<p>【纠错】 【打印本页】 【关闭窗口】</p><p>上一页 1 2 3 下一页</p><p><a href="/">返回搜狐，查看更多</a></p>' +
        '<p>分享经济正在改变城市居民的出行方式，共享单车的日均骑行量已超过一百万次。</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual([
      'prune:chrome',
      'prune:prompt',
      'prune:chrome',
      'prune:chrome',
      'prune:chrome',
    ]);
    expect(r.text).toContain('分享经济正在改变');
  });

  it('takes paywall and registration boxes, donation asks and "continues below" markers', () => {
    const r = runRule(
      pruneCallsToAction,
      '<p>You have now reached your allowance of 3 free articles in the last 30 days.</p>' +
        '<p>Register now to enjoy more of the finest writing on politics and culture.</p>' +
        '<p>You can unsubscribe from the e-mail newsletter at any time.</p>' +
        "<p>The Forward's independent journalism depends on donations from readers like you.</p>" +
        '<p>Advertisement - story continues below</p><p>Continue reading the main story</p><p>What’s Your Reaction?</p>' +
        '<p>Jetzt Newsletter abonnieren und kostenlos informiert bleiben.</p>' +
        '<p>You are in complete control of which 7 articles you choose to read. Register now to enjoy more of the finest writing on politics.</p>',
    );
    expect(r.removed).toHaveLength(9);
    expect(r.text).not.toMatch(
      /allowance|Register|unsubscribe|donations|continues below|main story|Reaction|abonnieren|complete control/,
    );
  });

  it('keeps a story about paywalls, registration and donations', () => {
    const r = runRule(
      pruneCallsToAction,
      '<p>Voters must register now, the clerk warned, because the deadline for the spring election falls on Friday.</p>' +
        '<p>The deadline falls on Friday. Register now, the clerk told the voters who had queued at the town hall.</p>' +
        '<p>The charity said its work depends on donations from local businesses, which fell by a third during the pandemic and have not recovered.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('keeps a Japanese heading with a capitalised acronym and a named anchor: it has no case, so it is not shouted', () => {
    // JVN iPedia's section headings: `<a name>` targets (no address) beside a linked "CWEとは?" explainer.
    const heading =
      '<p><a name="cwe">CWEによる脆弱性タイプ一覧</a> <a href="http://www.ipa.go.jp/security/vuln/CWE.html">CWEとは?</a></p>';
    const r = runRule(pruneCallsToAction, heading + '<p>GET FOX BUSINESS ON THE GO BY CLICKING HERE</p>');
    expect(r.removed.map((x) => x.text)).toEqual(['GET FOX BUSINESS ON THE GO BY CLICKING HERE']);
    expect(r.text).toContain('CWEによる脆弱性タイプ一覧');
  });
});

describe('prune: controls of European sites', () => {
  // Each a whole line of a real site's chrome, in the languages of the multilingual benchmark's pages.
  const LINES = [
    'Teilen',
    'Artikel drucken',
    '12 Kommentare',
    'Werbung',
    'Weiterlesen',
    'Teilen: Facebook Twitter Xing E-Mail',
    'Partager cet article',
    'Imprimer',
    'Publicité',
    'Lire la suite',
    'Compartir:',
    'Compartir en Facebook',
    '5 comentarios',
    'Publicidad',
    'Condividi',
    'Leggi di più',
    'Delen',
    'Advertentie',
    'Lees verder',
    'Udostępnij',
    'Reklama',
    'Czytaj więcej',
    'Compartilhar',
    'Läs mer',
    'Zum Seitenanfang',
    'Zurück zur Übersicht',
    'Fehler melden',
    'Haut de page',
    'Signaler une erreur',
    'Copiar enlace',
    'Torna su',
    'Naar boven',
    'Do góry',
    'Versenden',
    'RSS',
    'Kommentare (3)',
    'Comments (12)',
    'Reacties (0)',
    'Artikel teilen: Facebook Twitter E-Mail',
    'Share this article: Facebook Twitter LinkedIn',
    'Compartir esta noticia: Facebook Twitter WhatsApp',
    'Condividi l’articolo: Facebook Twitter',
    'Beitrag teilen: WhatsApp Facebook Xing',
    'Newsletter',
    'Newsletter abonnieren',
    'Nieuwsbrief',
    'Zur Merkliste hinzufügen',
    'Artikel vorlesen lassen',
    'Schriftgröße',
    'Réagir',
    'Voir les commentaires',
    'Ajouter à mes favoris',
    'Offrir cet article',
    'Envoyer par email',
    'Ver comentarios',
    'Enviar por correo',
    'Te recomendamos',
    'Commenta',
    'Leggi anche',
    'Reageer',
    'Deel dit artikel',
    'Skomentuj',
    'Udostępnij artykuł',
    'Leia também',
    'Contact us',
    'Request a quote',
    'Jetzt unverbindlich anfragen',
    'Termin vereinbaren',
    'Kontaktieren Sie uns',
    'Demander un devis',
    'Solicitar presupuesto',
    'Richiedi un preventivo',
    'Offerte aanvragen',
    'Haben Sie Fragen? Rufen Sie uns an: 03643 123456',
    'Sie haben Fragen? Wir beraten Sie gerne.',
    'Vous avez des questions ? Contactez-nous !',
    '¿Tienes alguna pregunta? Contáctanos',
    'Have questions? Get in touch with our team.',
    'Print this page',
    'Share this page',
    'Back to top',
    'Report a problem with this page',
    'Seite drucken',
    'Seite empfehlen',
    'Imprimer la page',
    'Compartir en redes sociales',
    'Stampa la pagina',
    'Deel deze pagina',
    'Drukuj stronę',
    'Comparte esta noticia',
    'Condividi su Facebook',
    'Sujets associés',
  ];

  it.each(LINES)('takes the line "%s"', (line) => {
    const r = runRule(pruneCallsToAction, `<p>${line}</p>`);
    expect(r.removed.map((x) => x.text)).toEqual([line]);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('takes cookie notices in German, French, Spanish, Italian, Dutch and Polish', () => {
    const notices = [
      'Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.',
      'Nous utilisons des cookies pour améliorer votre expérience.',
      'Este sitio web utiliza cookies para mejorar su experiencia.',
      'Questo sito utilizza cookie tecnici e di profilazione.',
      'Deze website maakt gebruik van cookies.',
      'Ta strona używa plików cookies.',
    ];
    const r = runRule(pruneCallsToAction, paragraphs(notices));
    expect(r.removed.map((x) => x.text)).toEqual(notices);
  });

  it('takes newsletter boxes in the forms German, Italian, Dutch, Polish and Portuguese write them', () => {
    const boxes = [
      'Melden Sie sich für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.',
      'Iscriviti alla nostra newsletter per ricevere ogni settimana le notizie più importanti.',
      'Schrijf je in voor onze nieuwsbrief en ontvang elke week het laatste nieuws.',
      'Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości.',
      'Assine a nossa newsletter e receba as principais notícias da semana.',
    ];
    const r = runRule(pruneCallsToAction, paragraphs(boxes));
    expect(r.removed.map((x) => x.text)).toEqual(boxes);
  });

  it('takes a cookie notice from a short story, past the share guard, and keeps a story’s quote of one', () => {
    const story =
      '<p>Der Gemeinderat hat am Dienstag mit knapper Mehrheit beschlossen, die alte Steinbrücke über die Ilm ' +
      'sanieren zu lassen. Nach Angaben der Verwaltung dauern die Arbeiten bis zum Herbst des kommenden Jahres.</p>' +
      '<p>Die Kosten werden auf rund 2,4 Millionen Euro geschätzt, wovon das Land etwa die Hälfte übernimmt. ' +
      'Anwohner hatten sich immer wieder über den Zustand der Brücke beschwert.</p>';
    const notice =
      'Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten. Wenn Sie diese ' +
      'Website weiterhin nutzen, gehen wir davon aus, dass Sie damit einverstanden sind.';
    const r = runRule(pruneCallsToAction, `<div><span>${notice}</span></div>${story}`, { before: '', after: '' });
    expect(r.removed.map((x) => x.text)).toEqual([notice]);
    expect(r.text).toContain('Anwohner hatten sich');
    // Longer than the guard lets a prompt be: only a notice that opens its block goes past it.
    const quote =
      '„Wir verwenden Cookies nur, wenn die Besucher der Seite ausdrücklich zugestimmt haben“, sagte der ' +
      'Datenschutzbeauftragte der Stadt am Montag im Rat.';
    const quoted = runRule(pruneCallsToAction, `<p>${quote}</p>${story}`, { before: '', after: '' });
    expect(quoted.text).toContain('sagte der Datenschutzbeauftragte');
  });

  it('takes subscribers-only notices and the sign-in prompt under a paywalled story', () => {
    const notices = [
      'Cet article est réservé aux abonnés.',
      'Dieser Artikel ist nur für Abonnenten',
      'Jetzt weiterlesen mit SZ Plus',
      'Este artículo es exclusivo para suscriptores',
      'Articolo riservato agli abbonati',
      'Dit artikel is alleen voor abonnees',
      'Ten artykuł jest dostępny tylko dla subskrybentów',
      'Exclusivo para assinantes',
      'Vous souhaitez réagir à cet article ? Connectez-vous ou créez un compte.',
      'Fehler gefunden? Jetzt melden.',
      'Siga-nos no Facebook',
    ];
    const r = runRule(pruneCallsToAction, paragraphs(notices));
    expect(r.removed.map((x) => x.text)).toEqual(notices);
    const story = runRule(
      pruneCallsToAction,
      paragraphs([
        'Commenter la décision du juge serait prématuré, a estimé le maire mardi soir.',
        'Der Verlag sagte, dieser Artikel sei nur für Abonnenten gedacht gewesen, bis die Redaktion ihn freigab.',
      ]),
    );
    expect(story.removed).toEqual([]);
  });

  it('takes the typo-report prompt in any language, by its key combination or its button', () => {
    const lines = [
      'Kļūda rakstā?',
      'Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!',
      'Нашли ошибку? Выделите текст и нажмите Ctrl + Enter',
      'Fehler gefunden?',
      'Markieren Sie den Fehler und drücken Sie Strg + Enter.',
      // The prompt that names its button instead of the keys.
      'Iezīmējiet tekstu un spiediet uz Ziņot par kļūdu pogas, lai nosūtītu labojamo teksta fragmentu redaktoram!',
      'Выделите фрагмент и нажмите «Сообщить об ошибке»',
    ];
    const r = runRule(pruneCallsToAction, paragraphs(lines));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
  });

  it('keeps sentences that only use those words', () => {
    const sentences = [
      'Die Stadt will die Kosten teilen, sagte der Bürgermeister am Montag vor dem Rat.',
      'La publicité occupe désormais la moitié des écrans de la gare, selon la mairie.',
      'El ayuntamiento decidió compartir los datos del tráfico con la universidad.',
      'De gemeente wil de kosten delen met de provincie, zei de wethouder.',
      'Reklama na przystankach zniknie do końca roku, zapowiedział prezydent miasta.',
    ];
    const r = runRule(pruneCallsToAction, paragraphs(sentences));
    expect(r.removed).toEqual([]);
  });

  it('takes "click here" lines and follow-us prompts in European languages, and the enlarge-picture label', () => {
    const r = runRule(
      pruneCallsToAction,
      paragraphs([
        '<a href="/p">Klikk her for mer informasjon og påmelding</a>',
        'Vi minner også om seminaret IFRS nyheter tirsdag 12. mai - <a href="/q">klikk her for Informasjon og påmelding</a>',
        'PS: Sind Sie bei Facebook? Werden Sie Fan von BILD.de-News!',
        'Vergrößern',
      ]),
    );
    expect(r.removed).toHaveLength(4);
  });

  // Controls left as lines of their own, in several languages, each beside sentences that use the same words.
  it.each([
    {
      what: "a picture's lightbox control",
      lines: [
        'View Larger Image',
        'Click to enlarge',
        'Agrandir l’image',
        'Ampliar imagen',
        'Ingrandisci',
        'Vergroot afbeelding',
        'Powiększ zdjęcie',
        'Förstora bilden',
      ],
      prose: ['The council will enlarge the image archive and open it to schools next year, the mayor said.'],
    },
    {
      what: 'a view counter',
      lines: [
        '1,234 views',
        'Visto 314 veces',
        'Aufrufe: 1.234',
        '2.5K reads',
        '阅读 1234',
        '浏览次数：567',
        '閱讀數：89',
        '3 456 просмотров',
        'Visualizzazioni: 120',
      ],
      prose: [
        'The video had 3 million views in a day, and the ministry took it down on Monday.',
        '阅读是他每天最重要的事，他说。',
      ],
    },
    {
      what: 'a skip link',
      lines: [
        'Jump to: navigation, search',
        'Jump to navigation Jump to search',
        'Skip to main content',
        'Wechseln zu: Navigation, Suche',
        'Zum Inhalt springen',
        'Aller au contenu principal',
        'Saltar al contenido',
        'Vai al contenuto',
        'Naar inhoud springen',
        'Przejdź do treści',
      ],
      prose: ['Prices jump to a record as the harbour closes to traffic for the winter.'],
    },
  ])('takes $what on a line of its own, keeps sentences with the same words', ({ lines, prose }) => {
    const r = runRule(pruneCallsToAction, paragraphs([...lines, ...prose]));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
  });

  it('keeps sentences that tell where to click as part of the story', () => {
    const r = runRule(
      pruneCallsToAction,
      paragraphs([
        'Wer im Formular auf „Weiter“ klickt, landet hier bei einer Fehlermeldung, die das Amt seit Wochen kennt.',
        'Les usagers qui cliquent ici ou là sur le site de la préfecture tombent sur une page blanche depuis lundi.',
      ]),
    );
    expect(r.removed).toEqual([]);
  });

  it("takes a paywalled post's teaser of the rest and the classic WordPress post footer, keeps stories that use the words", () => {
    const r = runRule(
      pruneCallsToAction,
      paragraphs([
        'The full article goes into detail on how to apply surface shading. You’ll see more examples. Subscribe to access the full article.',
        'This entry was posted on Sunday, October 10th, 2010 at 3:49 pm and is filed under SEO. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
      ]),
    );
    expect(r.removed).toHaveLength(2);
    const kept = runRule(
      pruneCallsToAction,
      paragraphs([
        'Readers who subscribe to the full edition get the archive, the paper said, but the story of the bridge stays free for everyone to read.',
        'This post was written on the ferry, between two islands, while the harbour works continued through the winter and the quay stayed shut.',
      ]),
    );
    expect(kept.removed).toEqual([]);
  });

  it("takes a call-out to the site's social page, keeps a story's sentence about joining a platform", () => {
    const callOut =
      'What do you think about homeopathic treatments? Join our Facebook Q&A on Friday 13th November from 3pm, on the BBC News Facebook page.';
    const r = runRule(pruneCallsToAction, `<p>${callOut}</p><p>Join us on Telegram for daily updates</p>`);
    expect(r.removed.map((x) => x.text)).toEqual([callOut, 'Join us on Telegram for daily updates']);
    const story = [
      'Millions of teenagers join Facebook every year, the report found, though many leave within months.',
      'The company said users who join our platform through Twitter links stay longer than others do.',
    ];
    expect(runRule(pruneCallsToAction, story.map((t) => `<p>${t}</p>`).join('')).removed).toEqual([]);
  });

  it("takes a running story's update notice, whole lines only", () => {
    const notices = [
      'More to follow...',
      'This story is developing and will be updated.',
      'This is a developing story and will be updated as more information becomes available.',
      'Developing story',
      'Mehr in Kürze.',
      'Dieser Artikel wird laufend aktualisiert.',
      'Article en cours d’actualisation',
    ];
    const r = runRule(pruneCallsToAction, notices.map((t) => `<p>${t}</p>`).join(''));
    expect(r.removed.map((x) => x.text)).toEqual(notices);
    const story = [
      'More to follow, the coach warned: the team plans two more signings before the window closes.',
      'This story will be updated in the paper’s archive, the editor said, once the court rules on the case.',
    ];
    expect(runRule(pruneCallsToAction, story.map((t) => `<p>${t}</p>`).join('')).removed).toEqual([]);
  });

  // Found by the generated posts (company-blog-furniture.property.test.ts).
  it('takes the paywall teaser as an imperative only, and the post footer only in the theme’s words', () => {
    const r = runRule(pruneCallsToAction, paragraphs(['Log in or subscribe to read the full story.']));
    expect(r.removed).toHaveLength(1);
    const kept = runRule(
      pruneCallsToAction,
      paragraphs([
        'Readers must subscribe to read the full text of the rulings, which critics say should be open to all.',
        'This entry was posted on the court’s website on 27 March 2005. The complaint was filed under the 1990 planning act, the clerk said.',
      ]),
    );
    expect(kept.removed).toEqual([]);
  });

  it("takes an affiliate-program disclosure, a follow prompt and a product card's paid button; keeps a sentence linking a shop", () => {
    const r = runRule(
      pruneCallsToAction,
      '<p>We may earn revenue from the products available on this page and participate in affiliate programs. <a href="/affiliate">Learn more ›</a></p>' +
        '<p><strong>Follow topics and authors</strong> from this story to see more like this in your personalized homepage feed and to receive email updates.</p>' +
        '<section><h3>26% Off: Packout 22-in. Rolling Tool Box</h3><div><a class="product-button-link" rel="noopener sponsored" href="https://shop.example/p/1">See It</a></div></section>' +
        '<p>The <a rel="sponsored" href="https://shop.example/">Home Depot</a> is running a sale on tool boxes this week.</p>',
    );
    expect(r.removed.map((x) => x.text)).toEqual([
      'We may earn revenue from the products available on this page and participate in affiliate programs. Learn more ›',
      'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.',
      'See It',
    ]);
    expect(r.text).toContain('26% Off: Packout 22-in. Rolling Tool Box');
    expect(r.text).toContain('is running a sale on tool boxes this week');
  });

  it("takes a follow prompt's box with its buttons' names, and only the prompt where its box says more", () => {
    const prompt =
      '<div class="_p0"><p><strong>Follow topics and authors</strong> from this story to see more like this in your personalized homepage feed and to receive email updates.</p>';
    const r = runRule(
      pruneCallsToAction,
      `${prompt}<ul><li><span role="button">Jess Weatherbed</span></li><li><span role="button">Samsung</span></li></ul></div>`,
    );
    expect(r.text).not.toMatch(/Follow topics|Jess Weatherbed|Samsung/);
    expect(r.text).toContain('Paragraph 8 of the story');
    const said = runRule(
      pruneCallsToAction,
      `${prompt}<p>Jess Weatherbed is a news writer focused on the creative industries, computing and internet culture.</p></div>`,
    );
    expect(said.text).not.toContain('Follow topics');
    expect(said.text).toContain('Jess Weatherbed is a news writer');
  });
});
