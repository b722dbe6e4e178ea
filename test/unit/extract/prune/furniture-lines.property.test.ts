/**
 * The line rules added for Chinese and European pages, over generated articles (fast-check) instead of the one
 * page each was found on: a Taiwanese reporter or desk line, the suicide-prevention helpline notice, a German or
 * French first-published note, a click-here line, a Le Monde read-also insert and a press contact written as
 * `<br>` lines. Each is drawn over its parameters (names, places, sites, numbers, brackets, separators, the
 * language's wording, blocks or `<br>` lines) and placed where sites put it, in a story of generated paragraphs;
 * the whole prune pass runs, as it does after Readability. Every time: the furniture goes, and every paragraph of
 * the story is still there, word for word. The same words inside a sentence of the story take nothing. Also: the
 * paywall meter and the comment-moderation notice in the languages beside English, and the feedback widget a
 * government or company page closes with, and a Chinese site's paid-membership and login walls and an audio
 * player's label.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanName, hanParagraph, hanSentence, hanStory, paragraph, phrase, sentence } from './prose.js';
import { englishStory, keepsAll, p, place, prune, RUNS } from './story-page.js';

describe('generated articles: reporter and desk lines (Taiwanese news)', () => {
  const reporterLine = fc
    .record({
      kind: fc.constantFrom('reporter', 'desk'),
      names: fc.array(hanName, { minLength: 1, maxLength: 2 }),
      place: fc.constantFrom('南市', '台北', '高雄', '綜合', '新北'),
      desk: fc.constantFrom('社會中心', '政治組', '生活中心', '國際中心'),
      slash: fc.constantFrom('／', '/'),
      wrap: fc.constantFrom(['', ''], ['（', '）'], ['【', '】'], ['(', ')']),
      reported: fc.constantFrom('報導', '報道', '报道'),
    })
    .map(({ kind, names, place: where, desk, slash, wrap, reported }) => {
      const who = kind === 'reporter' ? `記者${names.join('、')}` : desk;
      return `${wrap[0]}${who}${slash}${kind === 'reporter' ? where : '綜合'}${reported}${wrap[1]}`;
    });

  it('the line goes, first or last; the story stays', () => {
    fc.assert(
      fc.property(hanStory, reporterLine, fc.boolean(), (story, line, first) => {
        const run = prune(place(story, p(line), first ? 0 : story.length), '市府宣布新橋梁工程');
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a sentence that tells what a reporter reported stays whole', () => {
    fc.assert(
      fc.property(hanStory, hanName, hanSentence, (story, name, rest) => {
        const told = `據記者${name}／台北報導，${rest}`;
        const run = prune(place(story, p(told), 1), '市府宣布新橋梁工程');
        expect(keepsAll(run, [...story, told])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated articles: the helpline notice', () => {
  const notice = fc
    .record({
      intro: fc.constantFrom('●《新聞雲》提醒您，請給自己機會：', '《蘋果》關心你', '珍惜生命，再給自己一次機會', ''),
      lines: fc.subarray(['自殺防治諮詢安心專線：0800-788995', '生命線協談專線：1995', '張老師專線：1980'], {
        minLength: 1,
      }),
      asBr: fc.boolean(),
    })
    .map(({ intro, lines, asBr }) => ({ lines: [intro, ...lines].filter(Boolean), asBr }));

  it('the notice goes, as blocks or as <br> lines after the last sentence; the story stays', () => {
    fc.assert(
      fc.property(hanStory, notice, (story, { lines, asBr }) => {
        const html = asBr
          ? story.slice(0, -1).map(p).join('') + p(`${story.at(-1)}<br>${lines.join('<br>')}`)
          : story.map(p).join('') + lines.map(p).join('');
        const run = prune(html, '市府宣布新橋梁工程');
        for (const line of lines) expect(run.kept).not.toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a story sentence that gives a hotline number stays', () => {
    fc.assert(
      fc.property(hanStory, hanSentence, (story, rest) => {
        const told = `衛福部表示，去年自殺防治諮詢安心專線：0800-788995共接獲超過十萬通來電，${rest}`;
        const run = prune(place(story, p(told), 2), '市府宣布新橋梁工程');
        expect(keepsAll(run, [...story, told])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

const site = fc.constantFrom(
  'Spektrum.de',
  'heise online',
  'Le Monde',
  'Courrier international',
  'der Freitag',
  'LinkedIn',
);

describe('generated articles: first-published notes (German, French)', () => {
  const note = fc
    .record({
      lang: fc.constantFrom('de', 'fr'),
      site,
      subject: fc.constantFrom('Dieser Beitrag', 'Der Artikel', 'Der Beitrag', 'Dieser Text'),
      verb: fc.constantFrom('erschien zuerst', 'erschien ursprünglich', 'ist zuerst'),
      fr: fc.constantFrom(
        'Cet article est paru dans',
        'Cet article a été initialement publié sur',
        'Cet article a été publié dans',
      ),
      italic: fc.boolean(),
    })
    .map(({ lang, site: where, subject, verb, fr, italic }) => {
      const text = lang === 'de' ? `${subject} ${verb} auf ${where}.` : `${fr} ${where}.`;
      return { text, html: italic ? p(`<em>${text}</em>`) : p(text) };
    });

  it('the note goes at the end of the story; the story stays', () => {
    fc.assert(
      fc.property(englishStory, note, (story, { text, html }) => {
        const run = prune(place(story, html, story.length));
        expect(run.removed).toContain(text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a sentence about where a text first appeared stays, and so does the English note', () => {
    fc.assert(
      fc.property(englishStory, site, sentence(6, 12), (story, where, rest) => {
        const german = `Wie der Artikel zuerst auf ${where} erschien, so blieb er. ${rest}`;
        const english = `This article was originally published by ${where}.`;
        const run = prune(story.map(p).join('') + p(german) + p(english));
        expect(keepsAll(run, [...story, german, english])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated articles: click-here lines', () => {
  const click = fc
    .record({
      verb: fc.constantFrom(
        'Klicken Sie hier',
        'Cliquez ici',
        'Klikk her',
        'Haga clic aquí',
        'Clicca qui',
        'Klicka här',
      ),
      rest: phrase(2, 6),
      link: fc.boolean(),
    })
    .map(({ verb, rest, link }) => {
      const text = `${verb} ${rest.toLowerCase()}`;
      return { text, html: p(link ? `<a href="/more">${text}</a>` : text) };
    });

  it('the line goes wherever it sits; the story stays', () => {
    fc.assert(
      fc.property(englishStory, click, fc.nat(8), (story, { text, html }, at) => {
        const run = prune(place(story, html, at));
        expect(run.kept).not.toContain(text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a long paragraph that starts by sending the reader somewhere stays', () => {
    fc.assert(
      fc.property(englishStory, paragraph, (story, body) => {
        const long = `Klicken Sie hier nicht weiter, sagt der Bürgermeister. ${body} ${body}`;
        const run = prune(place(story, p(long), 1));
        expect(keepsAll(run, [...story, long])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("generated articles: Le Monde's read-also inserts", () => {
  const insert = fc
    .record({
      label: fc.constantFrom('Lire aussi', 'Voir aussi', 'Article réservé à nos abonnés Lire aussi', 'Lire aussi :'),
      headline: phrase(4, 10),
    })
    .map(({ label, headline }) => ({
      text: `${label} ${headline}`,
      html: p(`${label} <a href="/article/2015/05/10/x.html">${headline}</a>`),
    }));

  it('the insert goes between any two paragraphs; the story stays', () => {
    fc.assert(
      fc.property(englishStory, insert, fc.integer({ min: 1, max: 7 }), (story, { text, html }, at) => {
        const run = prune(place(story, html, at));
        expect(run.kept).not.toContain(text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph of prose that opens with the same words and has no link stays', () => {
    fc.assert(
      fc.property(englishStory, paragraph, (story, body) => {
        const prose = `Voir aussi les chiffres du ministère: ${body}`;
        const run = prune(place(story, p(prose), 2));
        expect(keepsAll(run, [...story, prose])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated articles: a press contact as <br> lines', () => {
  const contact = fc
    .record({
      label: fc.constantFrom(
        'Ihre Redaktionskontakte:',
        'Pressekontakt:',
        'Press contact:',
        'Contact presse :',
        'Contacto de prensa:',
      ),
      company: fc.constantFrom('windream GmbH', 'Muster AG', 'Acme Ltd', 'Exemple SA'),
      person: phrase(2, 2),
      phone: fc.integer({ min: 100_000, max: 9_999_999 }).map((n) => `Telefon: +49 234 ${n}`),
      email: fc.boolean(),
    })
    .map(({ label, company, person, phone, email }) => [
      label,
      company,
      person,
      phone,
      ...(email ? ['presse@example.com'] : []),
    ]);

  it('the contact goes from its label to the end; the last sentence and the story stay', () => {
    fc.assert(
      fc.property(englishStory, contact, (story, lines) => {
        const html = story.slice(0, -1).map(p).join('') + p(`${story.at(-1)}<br><br>${lines.join('<br>')}`);
        const run = prune(html);
        expect(run.kept).not.toContain(lines[0]!.replace(/\s*:$/, ''));
        expect(run.kept).not.toContain(lines[3]!);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a story that quotes its press contact in a sentence keeps it', () => {
    fc.assert(
      fc.property(englishStory, sentence(8, 14), (story, rest) => {
        const quoted = `Press contact: the spokesman said on the phone that the council would answer. ${rest}`;
        const run = prune(story.map(p).join('') + p(quoted));
        expect(keepsAll(run, [...story, quoted])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated articles: paywall meters and comment notices in other languages', () => {
  /** A metered paywall's count of free articles left, as German, French, Spanish, Italian, Dutch, Portuguese and Polish sites word it. */
  const meter = fc
    .record({
      left: fc.integer({ min: 1, max: 9 }),
      of: fc.integer({ min: 2, max: 20 }),
      form: fc.constantFrom(
        (n: number, of: number) => `Sie haben noch ${n} von ${of} kostenlosen Artikeln in diesem Monat.`,
        (n: number) => `Sie haben noch ${n} kostenlose Artikel. Jetzt registrieren und weiterlesen.`,
        (n: number) => `Il vous reste ${n} articles gratuits ce mois-ci.`,
        (n: number) => `Te quedan ${n} artículos gratuitos este mes. Suscríbete para leer sin límites.`,
        (n: number) => `Hai ancora ${n} articoli gratuiti questo mese.`,
        (n: number) => `U heeft nog ${n} gratis artikelen deze maand.`,
        (n: number) => `Você ainda tem ${n} matérias gratuitas este mês.`,
        (n: number) => `Pozostało Ci ${n} darmowych artykułów w tym miesiącu.`,
        (n: number) => `You can read ${n} more articles this month. Register now to keep reading the finest writing.`,
      ),
    })
    .map(({ left, of, form }) => form(left, Math.max(of, left)));
  const commentNotice = fc.constantFrom(
    'Kommentare werden vor der Veröffentlichung moderiert.',
    'Die Kommentare werden von der Redaktion freigeschaltet.',
    'Les commentaires sont modérés avant publication.',
    'Reacties worden gemodereerd.',
    'Komentarze są moderowane.',
    'The views expressed in the comments are those of their authors.',
    'ترحب الشبكة بالنقاش الحيوي، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها ننصحك بمراجعة إرشادات الاستخدام.',
    'الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.',
  );

  it('the line goes, between the paragraphs or after them; the story stays', () => {
    fc.assert(
      fc.property(englishStory, fc.oneof(meter, commentNotice), fc.nat(8), (story, line, at) => {
        const run = prune(place(story, p(line), at));
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph of the story about free articles or moderated comments stays', () => {
    fc.assert(
      fc.property(englishStory, paragraph, fc.oneof(meter, commentNotice), (story, body, line) => {
        const told = `${body} The publisher's notice read: "${line}" ${body}`;
        const run = prune(place(story, p(told), 1));
        expect(keepsAll(run, [...story, told])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("generated articles: the page's feedback widget", () => {
  /** The question a government or company page closes with, in the languages it is asked in, or a rating line. */
  const question = fc.constantFrom(
    'Was this page helpful?',
    'Did you find this information useful?',
    'How helpful was this article?',
    'War diese Seite hilfreich?',
    'Wie hilfreich war dieser Beitrag?',
    'Hat Ihnen dieser Artikel geholfen?',
    'Cet article vous a-t-il été utile ?',
    'Cette page vous a-t-elle été utile ?',
    '¿Te ha resultado útil esta página?',
    '¿Fue útil esta información?',
    'Questa pagina ti è stata utile?',
    'Was deze informatie nuttig?',
    'Heeft deze pagina u geholpen?',
    'Czy ta strona była pomocna?',
    'Esta página foi útil?',
    'Rate this article',
    'Diesen Artikel bewerten',
    'Évaluez cet article',
  );
  const answers = fc.constantFrom('Yes No', 'Ja Nein', 'Oui Non', 'Sí No', 'Ja Nee', 'Tak Nie', 'Sim Não');
  const rating = fc
    .record({
      score: fc.integer({ min: 10, max: 50 }),
      votes: fc.integer({ min: 1, max: 999 }),
      word: fc.constantFrom('votes', 'Stimmen', 'Bewertungen', 'votos', 'voti', 'avis', 'stemmen', 'głosów'),
      comma: fc.boolean(),
    })
    .map(
      ({ score, votes, word, comma }) =>
        `${(score / 10).toFixed(1).replace('.', comma ? ',' : '.')}/5 (${votes} ${word})`,
    );
  const widget = fc.record({
    question,
    answers,
    rating,
    form: fc.constantFrom('one line', 'question, then buttons', 'question and rating'),
  });

  it('the widget goes, after the story or between its paragraphs; the story stays', () => {
    fc.assert(
      fc.property(englishStory, widget, fc.nat(8), (story, { question: q, answers: a, rating: r, form }, at) => {
        const lines = form === 'one line' ? [`${q} ${a}`] : form === 'question, then buttons' ? [q, a] : [q, r];
        const run = prune(place(story, lines.map(p).join(''), at));
        for (const line of lines) expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  /** A blog's star-rating box under the post, line by line as the rating plugin prints it, in four languages. */
  const ratingBox = fc
    .record({
      lang: fc.constantFrom('en', 'de', 'fr', 'es'),
      score: fc.integer({ min: 10, max: 50 }),
      votes: fc.integer({ min: 0, max: 99 }),
      sorry: fc.boolean(),
    })
    .map(({ lang, score, votes, sorry }) => {
      const avg = (score / 10).toFixed(1);
      const box = {
        en: [
          'How useful was this post?',
          'Click on a star to rate it!',
          votes
            ? `Average rating ${avg} / 5. Vote count: ${votes}`
            : 'No votes so far! Be the first to rate this post.',
          ...(sorry ? ['We are sorry that this post was not useful for you!', 'Let us improve this post!'] : []),
        ],
        de: [
          'Wie hilfreich war dieser Beitrag?',
          'Klicke auf die Sterne, um zu bewerten!',
          votes
            ? `Durchschnittliche Bewertung ${avg.replace('.', ',')} / 5. Anzahl Bewertungen: ${votes}`
            : 'Bisher keine Bewertungen! Sei der Erste, der diesen Beitrag bewertet.',
          ...(sorry
            ? [
                'Es tut uns leid, dass der Beitrag für dich nicht hilfreich war!',
                'Lasse uns diesen Beitrag verbessern!',
              ]
            : []),
        ],
        fr: [
          'Cet article vous a-t-il été utile ?',
          'Cliquez sur une étoile pour le noter !',
          votes ? `Note moyenne ${avg} / 5. Nombre de votes : ${votes}` : "Aucun vote pour l'instant !",
        ],
        es: [
          '¿Te ha resultado útil este artículo?',
          'Haz clic en una estrella para puntuar',
          votes ? `Puntuación media ${avg} / 5. Recuento de votos: ${votes}` : 'No hay votos hasta ahora',
        ],
      }[lang];
      return box;
    });

  it("a blog's star-rating box goes, every line of it; the story stays", () => {
    fc.assert(
      fc.property(englishStory, ratingBox, (story, box) => {
        const run = prune(place(story, box.map(p).join(''), story.length));
        for (const line of box) expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph of the story that asks the same question, or gives a score, stays', () => {
    fc.assert(
      fc.property(englishStory, paragraph, question, rating, (story, body, q, r) => {
        const told = `${body} The survey asked visitors one thing, "${q}", and the average answer was ${r}. ${body}`;
        const asked = 'Was the mayor useful to the council? Critics doubt it.';
        const run = prune(place(story, p(told) + p(asked), 1));
        expect(keepsAll(run, [...story, told, asked])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated articles: a paid-membership wall on Chinese sites', () => {
  const wall = fc
    .record({
      before: fc.constantFrom('', '您所瀏覽的新聞已過查詢時效。', '本文为会员专享内容，'),
      verb: fc.constantFrom('建議您加入', '立即开通', '成為', '升级为', '訂閱'),
      site: fc.constantFrom('', '中央社', '本站'),
      paid: fc.constantFrom('付費會員', '付费会员', 'VIP会员', 'VIP會員'),
      after: fc.constantFrom('找尋您要的新聞。', '阅读全文', '，即可閱讀完整內容', ''),
    })
    .map(({ before, verb, site, paid, after }) => `${before}${verb}${site}${paid}${after}`);

  it('the wall goes, between the paragraphs or after them; the story stays', () => {
    fc.assert(
      fc.property(hanStory, wall, fc.nat(8), (story, line, at) => {
        const run = prune(place(story, p(line), at), '市府宣布新橋梁工程');
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  const loginWall = fc
    .record({
      login: fc.constantFrom('登录', '登录 ', '登錄', '登入'),
      after: fc.constantFrom('后', '後'),
      rest: fc.constantFrom('获取已订阅的阅读权限', '閱讀全文', '即可查看全文', '獲取閱讀權限'),
    })
    .map(({ login, after, rest }) => `${login}${after}${rest}`);
  // A forum's guest wall inside the post (Discuz!'s default texts, in both scripts, any community's name).
  const guestWall = fc
    .record({
      kind: fc.constantFrom('join', 'login', 'hidden'),
      place: fc.constantFrom('社区', '最有爱的海贼王论坛', '本站', '論壇'),
      traditional: fc.boolean(),
    })
    .map(({ kind, place, traditional }) =>
      kind === 'join'
        ? `${traditional ? '馬上註冊' : '马上注册'}，结交更多好友，享用更多功能，让你轻松玩转${place}。`
        : kind === 'login'
          ? traditional
            ? '您需要 登錄 才可以下載或查看，沒有帳號？立即註冊'
            : '您需要 登录 才可以下载或查看，没有帐号？立即注册'
          : `游客，如果您要查看本帖隐藏内容请回复`,
    );

  it("a forum's guest wall goes; the story stays", () => {
    fc.assert(
      fc.property(hanStory, guestWall, fc.nat(8), (story, line, at) => {
        const run = prune(place(story, p(line), at), '市府宣布新橋梁工程');
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // An audio player's label left on a line of its own ("试听": listen).
  const audioLabel = fc.constantFrom('试听', '試聽', '收听', '朗读', '听新闻', '語音播報');

  it('the login wall and an audio player label go; the story stays', () => {
    fc.assert(
      fc.property(hanStory, loginWall, audioLabel, fc.nat(8), (story, line, label, at) => {
        const run = prune(p(label) + place(story, p(line), at), '市府宣布新橋梁工程');
        expect(run.removed).toContain(line.replace(/\s+/g, ' '));
        expect(run.removed).toContain(label);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // A WeChat post's asks, first and last: tap the blue name above to follow; follow, then send a keyword; thanks.
  const wechatAsk = fc
    .record({
      account: fc.constantFrom('维客笔记', '城市晚报', '科技前沿', '新聞速遞'),
      kind: fc.constantFrom('tap', 'reply', 'thanks'),
      code: fc.integer({ min: 1000, max: 99999999 }),
      thanks: fc.constantFrom('感谢关注/点赞/分享', '感謝閱讀', '谢谢您的关注！', '感谢点赞、转发、在看'),
    })
    .map(({ account, kind, code, thanks }) =>
      kind === 'tap'
        ? `点击上方蓝字关注${account}`
        : kind === 'reply'
          ? `插件&软件获取方式：请关注${account}微信公众号，在公众号后台聊天窗口回复${code}`
          : thanks,
    );

  it("a WeChat post's follow, reply-for-download and thanks lines go; the story stays", () => {
    fc.assert(
      fc.property(hanStory, wechatAsk, fc.boolean(), (story, line, first) => {
        const run = prune(place(story, p(line), first ? 0 : story.length), '市府宣布新橋梁工程');
        expect(run.removed).toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph of the story about paid members and logging in stays', () => {
    fc.assert(
      fc.property(hanStory, hanParagraph, (story, body) => {
        const told = `${body}據統計，去年加入付費會員的讀者增加三成，登入後閱讀全文的讀者也多了，關注公眾號後回覆問卷的人也不少，新規定實施後用戶需要登錄後才可以查看帳單，${body}`;
        const run = prune(place(story, p(told), 1), '市府宣布新橋梁工程');
        expect(keepsAll(run, [...story, told])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
