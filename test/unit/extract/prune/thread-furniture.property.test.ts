/**
 * A thread's post stamps and controls (thread-furniture.ts): the poster, a full date with its time of day and the
 * post's controls, one line over each post, and a row of controls under it. Over generated threads in the forms
 * forums and comment sections print them (tianya's floors and replies, Discuz!, phpBB, vBulletin, a German blog's
 * comments, an English board; dates numeric, written out or in Han, times with or without seconds), three to eight
 * posts: every stamp and every row of controls goes and every post stays word for word. And what is not a thread's
 * stamp stays: one or two stamped posts, a schedule's spans of hours, an event programme of dated items (one after
 * another, or each with its description but no link), sentences that give a date and a time, a table of timestamps.
 * The note forum software writes into an edited post goes, in a post of its own or a line of it, thread or not; a
 * sentence about an edit stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishStory, keepsAll, p, place, prune, RUNS, type Run } from './story-page.js';
import { paragraph, sentence } from './prose.js';
import { JSDOM } from 'jsdom';

/** The words of an HTML line, as Readability hands its byline over. */
const textOf = (html: string) => (JSDOM.fragment(`<div>${html}</div>`).textContent ?? '').replace(/\s+/g, ' ').trim();

const pad = (n: number) => String(n).padStart(2, '0');
const stampParts = fc.record({
  year: fc.integer({ min: 2005, max: 2026 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  seconds: fc.option(fc.integer({ min: 0, max: 59 }), { nil: null }),
});
type Parts = typeof stampParts extends fc.Arbitrary<infer T> ? T : never;
const MONTHS_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const time = (t: Parts) => `${pad(t.hour)}:${pad(t.minute)}${t.seconds === null ? '' : `:${pad(t.seconds)}`}`;
const user = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{2,11}$/);
const hanUser = fc
  .array(fc.constantFrom(...'天涯逃顶联盟沈家冲达邻五音'), { minLength: 2, maxLength: 5 })
  .map((a) => a.join(''));

/** One stamp line, as each kind of site prints it, from its poster and its time. */
const STYLES: Array<(name: string, t: Parts) => string> = [
  (name, t) =>
    `<div class="atl-info"><span><strong>楼主</strong>：<a href="/u">${name}</a></span> <span>时间：${t.year}-${pad(t.month)}-${pad(t.day)} ${time(t)}</span></div>`,
  (name, t) =>
    `<p><a href="/u">${name}：</a><span><a href="#">举报</a>&nbsp;</span><span>${t.year}-${pad(t.month)}-${pad(t.day)} ${time(t)}</span>&nbsp;<a href="#">评论</a></p>`,
  (name, t) =>
    `<p class="author">von <a href="/u">${name}</a> » Di ${t.day}. ${MONTHS_DE[t.month - 1]} ${t.year}, ${time(t)}</p>`,
  (name, t) =>
    `<div class="postdate">${pad(t.month)}-${pad(t.day)}-${t.year}, ${time(t)} <a href="#">#${t.day}</a> ${name}</div>`,
  (name, t) =>
    `<p class="meta"><b>${name}</b> ${t.day}.${t.month}.${t.year} um ${time(t)} <a href="#">Antworten</a></p>`,
  (name, t) =>
    `<p class="byline"><a href="/u">${name}</a> · ${MONTHS_EN[(t.month - 1) % 10]} ${t.day}, ${t.year} ${time(t)} · <a href="#">Reply</a></p>`,
  (name, t) => `<p>${t.year}年${t.month}月${t.day}日 ${time(t)} <a href="/u">${name}</a></p>`,
  (name, t) =>
    `<div class="postinfo"><strong>${t.day}楼</strong> <em>大</em> <em>中</em> <em>小</em> 发表于 ${t.year}-${t.month}-${t.day} ${pad(t.hour)}:${pad(t.minute)}&nbsp; <a href="/u?${name}">只看该作者</a></div>`,
];
/** A post's row of controls, as forums print it under every post. */
const CONTROLS = [
  '<p><a href="#q">引用</a> <a href="#r">回复</a> <strong>TOP</strong></p>',
  '<p><a href="#q">Zitieren</a> <a href="#r">Antworten</a></p>',
  '<div><a href="#r">Reply</a> · <a href="#q">Quote</a> · <a href="#x">Report</a></div>',
];
const style = fc.integer({ min: 0, max: STYLES.length - 1 });

/** A post: one to three paragraphs of prose, or a short reply of one sentence. */
const post = fc.oneof(
  fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  fc.array(sentence(3, 10), { minLength: 1, maxLength: 1 }),
);
const posts = (min: number, max: number) =>
  fc.array(fc.tuple(fc.oneof(user, hanUser), stampParts, post), { minLength: min, maxLength: max });

/** Every post's words are still there. */
const keepsEveryPost = (run: Run, items: ReadonlyArray<[string, Parts, string[]]>) =>
  keepsAll(
    run,
    items.flatMap(([, , text]) => text),
  );

const thread = (kind: number, items: Array<[string, Parts, string[]]>, controls = '') =>
  items
    .map(([name, t, text]) => `<div class="post">${STYLES[kind]!(name, t)}${text.map(p).join('')}${controls}</div>`)
    .join('');

describe("a thread's post stamps", () => {
  it('go, every one, when a thread prints one over each of three or more posts, with the rows of controls under them; every post stays', () => {
    fc.assert(
      fc.property(style, posts(3, 8), fc.option(fc.constantFrom(...CONTROLS), { nil: '' }), (kind, items, controls) => {
        const run = prune(thread(kind, items, controls), 'Wie hat euch das Konzert gefallen?');
        expect(keepsEveryPost(run, items)).toBe(true);
        // The prose has no digits: a time of day left in the text is a stamp left.
        for (const [, t] of items) expect(run.kept).not.toContain(time(t));
        for (const word of ['引用', 'Zitieren', 'Reply'])
          if (controls.includes(word)) expect(run.kept).not.toContain(word);
      }),
      { numRuns: RUNS, seed: 20261206 },
    );
  });

  it("count the first post's stamp when Readability took it for the page's byline: a thread of three posts with two stamps left loses them", () => {
    fc.assert(
      fc.property(style, posts(3, 8), (kind, items) => {
        const [first, ...replies] = items;
        const byline = textOf(STYLES[kind]!(first![0], first![1]));
        // The first post's box as Readability leaves it, its stamp taken for the byline.
        const html = `<div class="post">${first![2].map(p).join('')}</div>${thread(kind, replies)}`;
        const run = prune(html, 'Wie hat euch das Konzert gefallen?', byline);
        expect(keepsEveryPost(run, items)).toBe(true);
        for (const [, t] of replies) expect(run.kept).not.toContain(time(t));
      }),
      { numRuns: RUNS, seed: 20261208 },
    );
  });

  it('go in a topic the page showed to be a forum topic, however few posts it kept, with its one poster card', () => {
    fc.assert(
      fc.property(style, posts(1, 2), fc.integer({ min: 0, max: PROFILES.length - 1 }), (kind, items, profile) => {
        const card = PROFILES[profile]!(items[0]![0], 47);
        const run = prune(card + thread(kind, items), 'Wie hat euch das Konzert gefallen?', null, {
          forumTopic: true,
        });
        expect(keepsEveryPost(run, items)).toBe(true);
        for (const [, t] of items) expect(run.kept).not.toContain(time(t));
        for (const label of ['Beiträge:', 'Registriert:', 'Join Date:', 'Posts:', 'Location:'])
          expect(run.kept).not.toContain(label);
      }),
      { numRuns: RUNS, seed: 20261209 },
    );
  });

  it("go when printed under each post (Tieba's tail: the client, the floor, the date, no link), with each poster's linked name and badge over it", () => {
    fc.assert(
      fc.property(posts(3, 8), fc.boolean(), (items, badge) => {
        const html = items
          .map(
            ([name, t, text], i) =>
              `<div class="l_post"><ul class="p_author"><li class="d_name"><a href="/home/main?un=${i}">${name}</a></li>` +
              (badge
                ? `<li class="l_badge"><a href="/f/like/level" class="user_badge"><div class="d_badge_title">知名人士</div></a></li>`
                : '') +
              `</ul><div class="d_post_content">${text.map(p).join('')}</div>` +
              `<div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><span class="tail-info">${i + 1}楼</span>` +
              `<span class="tail-info">${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}</span></div></div>`,
          )
          .join('');
        const run = prune(html, '考研成绩出来了');
        expect(keepsEveryPost(run, items)).toBe(true);
        for (const word of ['来自Android客户端', '知名人士', ...items.map(([name]) => name)])
          expect(run.kept).not.toContain(word);
      }),
      { numRuns: RUNS, seed: 20261210 },
    );
  });

  it('one or two stamped posts are not a thread: their lines are left to the date-line rule', () => {
    fc.assert(
      fc.property(style, posts(1, 2), (kind, items) => {
        const run = prune(thread(kind, items), 'Wie hat euch das Konzert gefallen?');
        expect(keepsEveryPost(run, items)).toBe(true);
        expect(run.reasons).not.toContain('prune:post-stamp');
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });
});

describe('what a thread stamp is not', () => {
  it("an event page's schedule stays: dates with spans of hours, however many", () => {
    fc.assert(
      fc.property(
        fc.array(stampParts, { minLength: 3, maxLength: 6 }),
        fc.array(paragraph, { minLength: 2, maxLength: 4 }),
        (days, story) => {
          const lines = days.map(
            (t) =>
              `${t.year}年${t.month}月${t.day}日（水）${pad(t.hour % 12)}：00－${pad((t.hour % 12) + 3)}：40（受付開始${pad(t.hour % 12)}：15より）`,
          );
          const run = prune([...story.map(p), ...lines.map(p)].join(''), 'セミナーのご案内');
          expect(keepsAll(run, [...story, ...lines])).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 20261208 },
    );
  });

  it('an event programme stays: dated items one after another, linked or not, or each with its description', () => {
    const labels = ['Eröffnung', 'Vortrag', 'Konzert', 'Lesung', 'Führung', 'Workshop'];
    fc.assert(
      fc.property(
        fc.array(stampParts, { minLength: 3, maxLength: 6 }),
        fc.uniqueArray(paragraph, { minLength: 8, maxLength: 8 }),
        fc.constantFrom('linked', 'plain', 'described'),
        (days, text, form) => {
          const [story, descriptions] = [text.slice(0, 2), text.slice(2)];
          // A programme gives hours and minutes, never seconds.
          const items = days.map(
            (t, i) =>
              `${t.day}.${t.month}.${t.year}, ${pad(t.hour)}:${pad(t.minute)} Uhr: ${labels[i % labels.length]}`,
          );
          const html =
            form === 'linked'
              ? `<ul>${items.map((item) => `<li><a href="/programm">${item}</a></li>`).join('')}</ul>`
              : form === 'plain'
                ? items.map(p).join('')
                : items.map((item, i) => `${p(item)}${p(descriptions[i]!)}`).join('');
          // Inside the story (a link list after its last paragraph is the tail-links rule's).
          const run = prune(`${p(story[0]!)}${html}${p(story[1]!)}`, 'Das Programm der Festwoche');
          const described = form === 'described' ? descriptions.slice(0, items.length) : [];
          expect(keepsAll(run, [...story, ...items, ...described])).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 20261216 },
    );
  });

  it('sentences that give a date and a time stay, however many', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stampParts, sentence(4, 8)), { minLength: 3, maxLength: 6 }), (items) => {
        const lines = items.map(([t, rest]) => `Am ${t.day}.${t.month}.${t.year} um ${time(t)} Uhr begann es. ${rest}`);
        const run = prune(lines.map(p).join(''));
        expect(keepsAll(run, lines)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261209 },
    );
  });

  it('a table of timestamps stays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(user, stampParts), { minLength: 3, maxLength: 8 }),
        fc.array(paragraph, { minLength: 2, maxLength: 3 }),
        (rows, story) => {
          const cells = rows.map(([name, t]) => `${name} ${t.year}-${pad(t.month)}-${pad(t.day)} ${time(t)}`);
          const table = `<table>${rows.map(([name, t]) => `<tr><td>${name}</td><td>${t.year}-${pad(t.month)}-${pad(t.day)} ${time(t)}</td></tr>`).join('')}</table>`;
          const run = prune(`${story.map(p).join('')}${table}`);
          expect(keepsAll(run, story)).toBe(true);
          for (const cell of cells) for (const part of cell.split(' ')) expect(run.kept).toContain(part);
        },
      ),
      { numRuns: RUNS, seed: 20261210 },
    );
  });
});

/** The note of an edit, as each kind of forum writes it, from the editor's name and the time. */
const EDIT_NOTES: Array<(name: string, t: Parts) => string> = [
  (name, t) => `本帖最后由 ${name} 于 ${t.year}-${t.month}-${t.day} ${pad(t.hour)}:${pad(t.minute)} 编辑`,
  (name, t) => `本帖最後由 ${name} 於 ${t.year}-${t.month}-${t.day} ${pad(t.hour)}:${pad(t.minute)} 編輯`,
  (name, t) => `Last edited by ${name}; ${pad(t.month)}-${pad(t.day)}-${t.year} at ${time(t)}.`,
  (name, t) =>
    `Last edited by ${name} on ${MONTHS_EN[(t.month - 1) % 10]} ${t.day}, ${t.year} ${time(t)}, edited 1 time in total.`,
  (name, t) =>
    `Zuletzt geändert von ${name} am Di ${t.day}. ${MONTHS_DE[t.month - 1]} ${t.year}, ${time(t)}, insgesamt 1-mal geändert.`,
  (name, t) => `Dernière modification par ${name} le ${t.day}/${t.month}/${t.year} à ${time(t)}`,
  (name, t) => `Última edición por ${name} el ${t.day}/${t.month}/${t.year}`,
  (_name, t) => `Last edited: ${MONTHS_EN[(t.month - 1) % 10]} ${t.day}, ${t.year}`,
];

describe('the note of an edit', () => {
  it('goes, as a block of its own or the first line of the post, in a thread or a single post; the post stays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: EDIT_NOTES.length - 1 }),
        fc.oneof(user, hanUser),
        stampParts,
        post,
        fc.boolean(),
        (kind, name, t, text, asLine) => {
          const note = EDIT_NOTES[kind]!(name, t);
          const html = asLine
            ? `<div class="post"><p><i class="pstatus">${note}</i><br><br>${text.join('<br>')}</p></div>`
            : `<div class="post">${p(note)}${text.map(p).join('')}</div>`;
          const run = prune(html, 'Wie hat euch das Konzert gefallen?');
          expect(run.kept).not.toContain(name);
          if (asLine) for (const line of text) expect(run.kept).toContain(line.replace(/\s+/g, ' ').trim());
          else expect(keepsAll(run, text)).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 20261211 },
    );
  });

  it('a sentence about an edit stays', () => {
    const told = [
      'Edited on a laptop in 2012, the film took four years to finish and premiered in Berlin.',
      'Last edited by the council in 2019, the plan sets out where 400 homes will be built and who pays for the roads.',
      '本帖最后由于版主疏忽没有及时处理，2012年3月4日才被删除，引起了网友的不满和讨论。',
    ];
    const run = prune(told.map(p).join(''), 'Wie hat euch das Konzert gefallen?');
    expect(keepsAll(run, told)).toBe(true);
  });
});

/** A poster's profile box as forums print it beside every post: phpBB's list, vBulletin's and SMF's lines. */
const PROFILES: Array<(name: string, posts: number) => string> = [
  (name, posts) =>
    `<dl class="postprofile"><dt><a href="/u" class="username">${name}</a></dt><dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> <a href="/s">${posts}</a></dd><dd class="profile-joined"><strong>Registriert:</strong> Mo 3. Jan 2022, 10:00</dd></dl>`,
  (name, posts) =>
    `<div class="userinfo"><div><a href="/u">${name}</a></div><div>Senior Member</div><div>Join Date: Jan 2012</div><div>Posts: ${posts}</div></div>`,
  (name, posts) =>
    `<ul class="poster-info"><li><a href="/u">${name}</a></li><li>Full Member</li><li>Posts: ${posts}</li><li>Location: Leeds</li></ul>`,
];
const REPLY = ['Re: ', 'RE: ', 'AW: ', 'Antw: ', 'Odp: '];
const STATISTICS = [
  'Users browsing this forum: No registered users and 3 guests',
  'Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste',
];

describe("a thread's profile boxes, reply titles and board statistics", () => {
  const TITLE = 'Heizung macht Geräusche';
  it('go, every one, beside three or more stamped posts; every post stays', () => {
    fc.assert(
      fc.property(
        style,
        posts(3, 8),
        fc.integer({ min: 0, max: PROFILES.length - 1 }),
        fc.constantFrom(...REPLY),
        fc.constantFrom(...STATISTICS),
        (kind, items, profile, reply, statistics) => {
          const html =
            items
              .map(
                ([name, t, text], i) =>
                  `<div class="post">${PROFILES[profile]!(name, 10 + i * 37)}<div class="postbody"><h3>${i ? reply : ''}${TITLE}</h3>${STYLES[kind]!(name, t)}${text.map(p).join('')}</div></div>`,
              )
              .join('') + p(statistics);
          const run = prune(html, TITLE);
          expect(keepsEveryPost(run, items)).toBe(true);
          for (const label of ['Beiträge:', 'Registriert:', 'Join Date:', 'Posts:', 'Location:'])
            expect(run.kept).not.toContain(label);
          expect(run.kept).not.toContain(`${reply}${TITLE}`);
          expect(run.kept).not.toContain(statistics);
        },
      ),
      { numRuns: RUNS, seed: 20261205 },
    );
  });

  it("a team page's cards stay: labelled lines printed by one template, with no thread around them", () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 2, maxLength: 3 }),
        fc.array(user, { minLength: 3, maxLength: 6 }),
        (story, names) => {
          const cards = names.map(
            (name, i) => `<div class="card"><p>${name}</p><p>Telefon: 0301 55${i}</p><p>Raum: ${i + 100}</p></div>`,
          );
          const run = prune(`${story.map(p).join('')}${cards.join('')}`, 'Unser Team');
          expect(keepsAll(run, story)).toBe(true);
          for (const name of names) expect(run.kept).toContain(name);
          expect(run.kept).toContain('Raum:');
        },
      ),
      { numRuns: RUNS, seed: 20261211 },
    );
  });

  it('a line that only starts like a reply stays', () => {
    const run = prune(`${p('Re: the budget, the council voted on Tuesday.')}${p('The bridge opens in May.')}`, TITLE);
    expect(run.removed).toEqual([]);
  });
});

describe("posters' signatures", () => {
  const SIGNATURES = [
    'Viele Grüße aus dem Allgäu',
    'Sorry für Tippfehler, geschrieben vom Handy',
    '签名：生活就是这样',
  ];
  const signed = (items: Array<[string, Parts, string[]]>, kind: number, signature: string) =>
    items
      .map(
        ([name, t, text]) => `<div class="post">${STYLES[kind]!(name, t)}${text.map(p).join('')}${p(signature)}</div>`,
      )
      .join('');
  const page = (signature: string, boxes: number) => ({
    signatures: { lines: new Set([signature]), boxes },
  });

  it("go under every post of a thread: the page named their boxes, Readability's article has them as paragraphs", () => {
    fc.assert(
      fc.property(style, posts(3, 6), fc.constantFrom(...SIGNATURES), (kind, items, signature) => {
        const run = prune(signed(items, kind, signature), 'Heizung', null, page(signature, 1));
        expect(keepsEveryPost(run, items)).toBe(true);
        expect(run.kept).not.toContain(signature);
      }),
      { numRuns: RUNS, seed: 20261212 },
    );
  });

  it('outside a thread, two signature boxes go and one stays (a sign-off the page named so)', () => {
    fc.assert(
      fc.property(englishStory, fc.constantFrom(...SIGNATURES), (story, signature) => {
        const html = place(story, p(signature), story.length);
        expect(prune(html, 'Heizung', null, page(signature, 1)).kept).toContain(signature);
        const run = prune(html, 'Heizung', null, page(signature, 2));
        expect(keepsAll(run, story)).toBe(true);
        expect(run.kept).not.toContain(signature);
      }),
      { numRuns: RUNS, seed: 20261213 },
    );
  });
});
