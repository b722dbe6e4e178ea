/**
 * The story under the page's headline when a sidebar's text outscores it (src/core/extract/headline-story.ts).
 * Generated club and company pages, in English and in Chinese, in three common layouts (a WordPress theme with its widget area, a Bootstrap
 * grid with a narrow column, a Joomla template with its module column), a story of one or two short paragraphs
 * under the headline and sidebar widgets in random combinations, always with an "About us" text widget: Winnow gives
 * the story, where Readability alone often gives the widget. A story whose headline sits in a hero block with its
 * standfirst, the body further down, keeps its body. And in layouts whose columns carry no name Winnow knows, a
 * press office's or a club's contact box without prose in the next column stays out of a short story, while a
 * story's own facts in a list, its picture and a body going on in bare lines beside the headline's block stay in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';

const HEADLINE = 'Under-twelves win their last home game';
const STORY = [
  'The under-twelves won their last home game of the season on Saturday, three goals to one against the visitors.',
  'The coaches thanked the parents who ran the kiosk all season and raised enough for a new set of training goals.',
];
const ABOUT =
  'Founded in 1921, the club has grown to nine hundred members in football, gymnastics and athletics, and it trains young players from every village in the valley.';

/** The same page in Chinese, whose sentences say as much in half the characters. */
const ZH = {
  headline: '协会组织会员开展春季植树活动',
  story: [
    '本周六上午，协会组织四十余名会员前往城郊湿地公园开展植树活动，共栽下银杏和香樟两百余棵。',
    '活动结束后，志愿者们还清理了步道两旁的垃圾，并向过往市民宣传爱护绿地的知识。',
  ],
  about:
    '城市绿色环保协会成立于二〇〇八年，现有会员一千二百余人，长期致力于城市绿化、垃圾分类宣传和青少年自然教育，多次获得市级优秀社会组织称号。',
};
const EN = { headline: HEADLINE, story: STORY, about: ABOUT };

type Shell = 'wordpress' | 'bootstrap' | 'joomla';

interface Layout {
  lang: 'en' | 'zh';
  shell: Shell;
  paragraphs: number;
  recent: boolean;
  contact: boolean;
  categories: boolean;
  aboutFirst: boolean;
}

function widgets(l: Layout): string {
  const about = `<section class="widget widget_text"><h2 class="widget-title">About us</h2><div class="textwidget"><p>${texts(l).about}</p></div></section>`;
  const others = [
    l.recent
      ? '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/a">Summer camp dates are out</a></li><li><a href="/b">New kit for the first team</a></li></ul></section>'
      : '',
    l.contact
      ? '<section class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget"><p>SV Example<br>Sportplatzweg 3<br>Telephone 01234 5678</p></div></section>'
      : '',
    l.categories
      ? '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/1">Football</a></li><li><a href="/c/2">Club</a></li></ul></section>'
      : '',
  ].join('');
  return l.aboutFirst ? about + others : others + about;
}

const texts = (l: Layout) => (l.lang === 'zh' ? ZH : EN);

function page(l: Layout): string {
  const { headline: HEADLINE, story: STORY } = texts(l);
  const story = STORY.slice(0, l.paragraphs)
    .map((s) => `<p>${s}</p>`)
    .join('');
  const side = widgets(l);
  const body = {
    wordpress: `<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">SV Example</a></p></header>
      <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post">
      <header class="entry-header"><h1 class="entry-title">${HEADLINE}</h1></header><div class="entry-content">${story}</div></article></main></div>
      <aside id="secondary" class="widget-area">${side}</aside></div><footer id="colophon" class="site-footer">© 2024 SV Example</footer></div>`,
    bootstrap: `<nav class="navbar"><a class="navbar-brand" href="/">SV Example</a></nav><div class="container"><div class="row">
      <div class="col-md-8"><h1>${HEADLINE}</h1>${story}</div><div class="col-md-4">${side}</div></div></div><footer class="footer">© 2024 SV Example</footer>`,
    joomla: `<div class="container"><header class="header"><a class="brand" href="/">SV Example</a></header><div class="row-fluid">
      <main id="content" role="main" class="span9"><div class="item-page"><h1>${HEADLINE}</h1>${story}</div></main>
      <div id="aside" class="span3"><div class="moduletable">${side}</div></div></div><footer class="footer">© SV Example</footer></div>`,
  }[l.shell];
  return `<!doctype html><html lang="${l.lang}"><head><meta charset="utf-8"><title>${HEADLINE} – SV Example</title></head><body>${body}</body></html>`;
}

const URL_ = 'https://www.sv.example/2024/06/under-twelves.html';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);

const layouts = fc.record({
  lang: fc.constantFrom<'en' | 'zh'>('en', 'zh'),
  shell: fc.constantFrom<Shell>('wordpress', 'bootstrap', 'joomla'),
  paragraphs: fc.integer({ min: 1, max: 2 }),
  recent: fc.boolean(),
  contact: fc.boolean(),
  categories: fc.boolean(),
  aboutFirst: fc.boolean(),
});

describe('a short story under the headline, beside a sidebar', () => {
  it('gives the story, not the sidebar’s text', () => {
    let missed = 0;
    fc.assert(
      fc.property(layouts, (l) => {
        const html = page(l);
        const { story, about } = texts(l);
        if (!readabilityAlone(html).includes(story[0]!)) missed++;
        const text = cleaned(html);
        for (const s of story.slice(0, l.paragraphs)) expect(text).toContain(s);
        expect(text).not.toContain(about);
      }),
      { numRuns: 80, seed: 20261205 },
    );
    // The case the rule is for: Readability alone gives the "About us" widget instead of the story.
    expect(missed).toBeGreaterThanOrEqual(10);
  });

  it('keeps the body of a story whose headline sits in a hero block with its standfirst', () => {
    const dek =
      'A season that began with four defeats ended with the youngest side in the league unbeaten at home since March.';
    const body = [
      'Nobody at the club expected much of the under-twelves in September, when half of the squad had never played on a full pitch.',
      'The turn came in the winter, when the coaches moved training indoors and spent the dark evenings on passing and nothing else.',
      'By the spring the side was keeping the ball for minutes at a time, and the goals followed in the last ten games of the season.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>${HEADLINE}</title></head><body>
      <div class="hero"><h1>${HEADLINE}</h1><p class="dek">${dek}</p></div>
      <div class="story-body">${body.map((p) => `<p>${p}</p>`).join('')}</div>
      <aside class="sidebar"><section class="widget"><p>${ABOUT}</p></section></aside></body></html>`;
    const text = cleaned(html);
    for (const p of body) expect(text).toContain(p);
  });

  it('keeps the body of a hero-headed story on a page whose <body> or wrapper names its layout’s sidebar', () => {
    const dek = 'Super Mario Bros Wonder: Nintendo Switch 2 Edition + Meetup in Bellabel Park is out next Spring';
    const body = [
      'Nintendo has announced that a Switch 2 edition of Super Mario Bros Wonder is in the works, with new modes.',
      'The main new feature is the titular Bellabel Park, a new area which features a number of new multiplayer party modes.',
      'Nintendo says more new content will be confirmed in the future, and the edition will be out next spring.',
    ];
    // WordPress names the layout on <body> ("sidebar-primary"); themes name the page's wrapper after its sidebar too.
    for (const [bodyClass, wrapper] of [
      ['single single-post sidebar-primary', 'page'],
      ['page-template sidebar-right', 'site'],
      ['home', 'layout secondary'],
    ] as const) {
      const html = `<!doctype html><html lang="en"><head><title>${HEADLINE}</title></head><body class="${bodyClass}">
        <div class="${wrapper}"><main><article><header class="post__header"><div class="post__header-main"><h1>${HEADLINE}</h1><p>${dek}</p></div>
        <aside class="post__header-extras"><time>12th Sep 2025</time></aside></header>
        <div class="post__content">${body.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
        <aside class="sidebar"><section class="widget"><p>${ABOUT}</p></section></aside></div></body></html>`;
      const text = cleaned(html);
      for (const p of body) expect(text, bodyClass).toContain(p);
      expect(text.indexOf(dek)).toBeLessThan(text.indexOf(body[0]!));
    }
  });

  // Three nested wrappers whose names Readability favours (main, content, article) score alike over a short story,
  // and Readability then climbs to the row that holds them and the next column.
  const row = (paragraphs: number, column: string, box: string, beside: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
    <div id="wrap"><div id="top"><a href="/">SV Example</a></div><div id="middle">
    <div id="main"><div id="content"><div class="article"><h1>${HEADLINE}</h1><p class="date">14.05.2024</p>
    <div class="text">${STORY.slice(0, paragraphs)
      .map((s) => `<p>${s}</p>`)
      .join('')}</div></div></div></div>
    <div id="${column}"><div class="${box}">${beside}</div></div></div>
    <div id="bottom"><a href="/imprint">Imprint</a></div></div></body></html>`;

  it('leaves out a box of contact lines in the next column, whatever the columns are called', () => {
    const names = fc.constantFrom(['rand', 'kasten'], ['right', 'box'], ['col2', 'teaser'], ['spalte-rechts', 'modul']);
    let padded = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        names,
        fc.constantFrom('p', 'div'),
        fc.boolean(),
        (paragraphs, [column, box], holder, heading) => {
          const lines = ['Press office', 'Telephone 01234 5678-0', 'press@sv.example'];
          const contact = `${heading ? `<h2>${lines[0]}</h2>` : `<strong>${lines[0]}</strong>`}<${holder}>${lines
            .slice(1)
            .join('<br>')}</${holder}>`;
          const html = row(paragraphs, column, box, contact);
          if (readabilityAlone(html).includes(lines[1]!)) padded++;
          const text = cleaned(html);
          for (const s of STORY.slice(0, paragraphs)) expect(text).toContain(s);
          for (const line of lines.slice(1)) expect(text).not.toContain(line);
        },
      ),
      { numRuns: 40, seed: 20261205 },
    );
    // The case the rule is for: Readability alone climbs to the row with the box.
    expect(padded).toBeGreaterThanOrEqual(10);
  });

  it('keeps what a short story has in the next column: its facts, its picture, its body in bare lines', () => {
    const facts = ['Kick-off 11:00', 'Pitch 2, Sportplatzweg', 'Entry free for members'];
    const lines = [
      'Goals: Jonas (2), Mia.',
      'Man of the match: Lea in goal, who saved a penalty in the second half and then the rebound as well.',
      'Next game: away at Oberdorf on Saturday, the bus leaves the clubhouse at nine.',
      'Training resumes on Tuesday at five, with the new goals on the small pitch.',
    ];
    const withFacts = row(
      1,
      'right',
      'box',
      `<p>Match facts for Saturday’s game:</p><ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul>`,
    );
    // The case the guard is for: Readability's pick holds what is beside the story.
    expect(readabilityAlone(withFacts)).toContain(facts[0]);
    for (const f of facts) expect(cleaned(withFacts)).toContain(f);
    const withLines = row(1, 'right', 'box', `<div>${lines.join('<br>')}</div>`);
    expect(readabilityAlone(withLines)).toContain(lines[0]);
    for (const l of lines) expect(cleaned(withLines)).toContain(l);
    const withPicture = row(
      1,
      'right',
      'box',
      '<p><img src="/team.jpg" alt="The team"> The team after the final whistle</p>',
    );
    expect(readabilityAlone(withPicture)).toContain('The team after the final whistle');
    expect(cleaned(withPicture)).toContain('The team after the final whistle');
  });
});

/**
 * A ministry's release as a government site builder prints it, beside three teaser cards (a linked headline, a summary
 * of two sentences, "Mehr") in the column beside the content, the title with the ministry's short name before the
 * headline ("BMUV: …"). The release's sections, lists and the furniture under it (related links, print and share
 * controls, tags, the back link, the press office's contact) are drawn from a seeded generator over a fixed German
 * vocabulary. Readability alone gives some cards' summaries with a release of two sections.
 */
describe('a release beside teaser cards in the next column', () => {
  const VOCABULARY =
    'wir bieten unseren kunden seit über zwanzig jahren zuverlässige lösungen für heizung sanitär und lüftung an dabei legen großen wert auf qualität beratung und termintreue unser team aus erfahrenen fachkräften plant installiert wartet anlagen in privathaushalten gewerbe öffentlichen einrichtungen region moderne technik senkt energiekosten schont umwelt gemeinsam finden wir passende lösung ihr gebäude budget förderung durch staat kann einen teil investition abdecken'.split(
      ' ',
    );
  /** xorshift32: the same pages on every run. */
  const rng = (seed: number) => {
    let x = seed >>> 0 || 1;
    return () => {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >> 17;
      x ^= x << 5;
      x >>>= 0;
      return x / 4294967296;
    };
  };
  const sentence = (r: () => number, n: number) => {
    const w = Array.from({ length: n }, () => VOCABULARY[Math.floor(r() * VOCABULARY.length)]!);
    return `${w[0]!.charAt(0).toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  const para = (r: () => number, n: number) =>
    Array.from({ length: n }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');

  function release(seed: number) {
    const r = rng(seed);
    const headline = sentence(r, 5).replace(/\.$/, '');
    const story = [para(r, 2)];
    const body: string[] = [];
    for (let i = 0; i < 2; i++) {
      const kind = Math.floor(r() * 4);
      if (kind === 0) {
        const h = sentence(r, 4).replace(/\.$/, '');
        story.push(h);
        body.push(`<h2>${h}</h2>`);
      }
      if (kind === 1) {
        const items = [sentence(r, 9), sentence(r, 9), sentence(r, 9)];
        story.push(...items);
        body.push(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
      }
      const p = para(r, 3);
      story.push(p);
      body.push(`<p>${p}</p>`);
    }
    const furniture = [
      '<div class="sectionRelated"><h2>Weitere Informationen</h2><ul class="links"><li><a href="/a.pdf">Bericht zum Klimaschutz 2023 (PDF, 2 MB)</a></li></ul></div>',
      '<div class="navFunctions"><ul><li><a class="print" href="#">Drucken</a></li><li><a href="#">Seite teilen</a></li><li><a href="#Start">Nach oben</a></li></ul></div>',
      '<div class="sectionRelated"><h2>Schlagworte</h2><ul><li><a href="/t1">Klimaschutz</a></li><li><a href="/t2">Energie</a></li></ul></div>',
      '<p class="navFunctions"><a href="/liste">Zurück zur Übersicht</a></p>',
      '<div class="contact"><h2>Kontakt</h2><p>Pressestelle<br>Telefon: 030 18 305-2010<br>E-Mail: presse@example.bund.de</p></div>',
    ].filter(() => r() < 0.6);
    const cards = [1, 2, 3].map((i) => ({ href: `/thema/${i}`, title: sentence(r, 5), summary: para(r, 2) }));
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>BMUV: ${headline}</title></head><body>
<div id="wrapperOuter"><a id="Start"></a><ul class="navSkip"><li><a href="#content">Inhalt</a></li><li><a href="#navPrimary">Hauptmenü</a></li></ul>
<div id="header"><a href="/"><img src="/logo.png" alt="Bundesministerium"></a></div>
<div id="navPrimary"><ul><li><a href="/themen">Themen</a></li><li><a href="/presse">Presse</a></li><li><a href="/service">Service</a></li></ul></div>
<div id="wrapperContent"><div id="navBreadcrumbs"><ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li></ol></div>
<div id="main"><div id="content"><div class="article"><h1 class="isFirstInSlot">${headline}</h1><p class="date">Stand: 14. Mai 2024</p>
<div class="abstract"><p>${story[0]}</p></div><div class="text">${body.join('\n')}</div>${furniture.join('\n')}</div></div>
<div id="aside"><div class="teaser"><h2>Pressemitteilungen</h2><ul><li><a href="/p1">${sentence(r, 6)}</a></li><li><a href="/p2">${sentence(r, 6)}</a></li></ul><p><a href="/presse">Alle Pressemitteilungen</a></p></div>${cards
      .map(
        (c) =>
          `<div class="teaser"><h3><a href="${c.href}">${c.title}</a></h3><p>${c.summary} <a href="${c.href}" class="more">Mehr</a></p></div>`,
      )
      .join('')}</div></div></div>
<div id="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/ds">Datenschutz</a></li></ul><p>© Bundesministerium 2024</p></div></div></body></html>`;
    return { html, story, cards };
  }

  it('gives the release and its sections, without a card’s summary', () => {
    let padded = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { html, story, cards } = release(seed);
      if (cards.some((c) => readabilityAlone(html).includes(c.summary))) padded++;
      const text = cleaned(html);
      for (const s of story) expect(text).toContain(s);
      for (const c of cards) expect(text).not.toContain(c.summary);
    }
    // The case the rule is for: Readability alone gives cards with the release.
    expect(padded).toBeGreaterThanOrEqual(3);
  });
});
