/**
 * Readers' replies under a thread heading (prune/comments.ts `pruneLabelledThreads`), on generated whole pages through
 * the whole pipeline: a story, then a heading that names the thread in one of ten languages ("Kommentare (2)",
 * "12 Comments", "3 Gedanken zu „…“", "评论") and one to three replies, each signed with a name and a stamp — relative
 * ("vor 2 Stunden", "3 hours ago", "il y a 2 jours", "3小时前") or absolute — in a box with no class Readability
 * drops. Before, the line rules took the heading alone and the replies read as the article's last paragraphs. The
 * heading and the replies go, every paragraph stays; a live blog stamped the same way, a section on code comments
 * and an opinion piece under a lone "Kommentar" heading stay whole. Seeded, so a failing page replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { englishStory, keepsAll, p, prune, RUNS } from './story-page.js';
import { paragraph, sentence } from './prose.js';

const count = fc.integer({ min: 1, max: 40 });
/** Thread headings as sites print them, `{n}` the count. */
const HEADINGS = [
  'Kommentare ({n})',
  '{n} Kommentare',
  'Leserkommentare',
  '{n} Comments',
  'Comments',
  'Comments ({n})',
  '{n} thoughts on “The town decides”',
  '{n} Responses to "The town decides"',
  '{n} Gedanken zu „Die Stadt entscheidet“',
  '{n} commentaires',
  'Comentarios ({n})',
  '{n} Reacties',
  'Komentarze ({n})',
  'Комментарии ({n})',
  '{n} kommentarer',
  '评论（{n}）',
  '網友評論',
  'コメント',
  '1 Kommentar',
  'Comment (1)',
];
const STAMPS = [
  'vor {n} Stunden',
  'vor einem Tag',
  '{n} hours ago',
  'a day ago',
  'il y a {n} jours',
  'hace {n} horas',
  'há {n} dias',
  '{n} giorni fa',
  '{n} uur geleden',
  '{n} godziny temu',
  'před {n} hodinami',
  '{n} часа назад',
  'för {n} timmar sedan',
  '{n} timer siden',
  '{n} tuntia sitten',
  '{n} saat önce',
  '{n}小时前',
  '{n}時間前',
  '{n}시간 전',
  '12.03.2019 um 14:{n}',
  'March 12, 2019 at 2:{n} pm',
];
const NAMES = ['elbkind', 'Peter M.', 'Sachse79', 'Jordi Puig', 'anna_k', '王小明', 'Lotte'];
const fill = (template: string, n: number) => template.replace('{n}', String(n).padStart(2, '0'));

interface Reply {
  name: string;
  stamp: string;
  body: string;
}
const reply = fc.record({
  name: fc.constantFrom(...NAMES),
  stamp: fc.tuple(fc.constantFrom(...STAMPS), fc.integer({ min: 2, max: 59 })).map(([s, n]) => fill(s, n)),
  // "Ich finde" opens no sentence of the story: a reply's text is never a piece of a paragraph.
  body: fc.array(sentence(5, 14), { minLength: 1, maxLength: 3 }).map((ss) => `Ich finde: ${ss.join(' ')}`),
});

/** The ways a reply box is written: the stamp in a header line, beside the name, or at the foot. */
const REPLY_BOXES: Record<string, (r: Reply) => string> = {
  header: (r) => `<div class="kom-item"><div class="kopf"><b>${r.name}</b> · ${r.stamp}</div><p>${r.body}</p></div>`,
  list: (r) => `<li><span class="user">${r.name}</span> <time>${r.stamp}</time><p>${r.body}</p></li>`,
  footer: (r) => `<div class="reply"><p>${r.body}</p><p class="sig">${r.name}, ${r.stamp}</p></div>`,
};

function thread(heading: string, replies: Reply[], box: string, wrapped: boolean): string {
  const items = replies.map(REPLY_BOXES[box]!).join('');
  const list = box === 'list' ? `<ul class="kom-list">${items}</ul>` : items;
  const head = wrapped
    ? `<div class="kom-head"><h3>${heading}</h3><span>Neueste zuerst</span></div>`
    : `<h3>${heading}</h3>`;
  return `<div class="kom">${head}${list}</div>`;
}

function page(story: string[], after: string): string {
  return (
    `<!doctype html><html lang="de"><head><title>The town decides</title></head><body>` +
    `<main><div class="art"><h1>The town decides</h1>${story.map(p).join('')}${after}</div></main></body></html>`
  );
}

const textOf = (html: string) => (cleanHtml(html)?.textContent ?? '').replace(/\s+/g, ' ');

describe('prune: replies under a thread heading, on generated pages', () => {
  it('takes the heading and one to three signed replies after the story, and keeps every paragraph', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 4, maxLength: 8 }),
        fc.tuple(fc.constantFrom(...HEADINGS), count).map(([h, n]) => fill(h, n).replace(/^0/, '')),
        fc.array(reply, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...Object.keys(REPLY_BOXES)),
        fc.boolean(),
        (story, heading, replies, box, wrapped) => {
          const text = textOf(page(story, thread(heading, replies, box, wrapped)));
          for (const paragraph of story) expect(text).toContain(paragraph);
          for (const r of replies) expect(text).not.toContain(r.body);
          expect(text).not.toContain(heading);
        },
      ),
      { seed: 20261206, numRuns: 40 },
    );
  });

  it('keeps a live blog stamped "vor 5 Minuten", with no thread heading above it', () => {
    fc.assert(
      fc.property(englishStory, fc.array(reply, { minLength: 3, maxLength: 6 }), (story, entries) => {
        const live = `<div class="ticker">${entries.map(REPLY_BOXES.header!).join('')}</div>`;
        const run = prune(`${story.map(p).join('')}${live}`);
        expect(keepsAll(run, story)).toBe(true);
        for (const e of entries) expect(run.kept).toContain(e.body);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('keeps a section on code comments, an opinion piece under "Kommentar", and a thread the story goes on after', () => {
    fc.assert(
      fc.property(
        englishStory,
        fc.array(reply, { minLength: 1, maxLength: 3 }),
        fc.array(
          paragraph.map((text) => `Und weiter: ${text}`),
          { minLength: 1, maxLength: 2 },
        ),
        (story, replies, more) => {
          const docs = `<h2>Comments</h2>${more.map(p).join('')}<pre>// a line comment, written 2 hours ago</pre>`;
          // Two replies at most: three signed alike are a thread by their own shape, heading or not (comments.test.ts).
          const opinion = thread('Kommentar', replies.slice(0, 2), 'header', false);
          const midway = `${thread('Kommentare', replies, 'header', false)}${more.map(p).join('')}`;
          for (const after of [docs, opinion, midway]) {
            const run = prune(`${story.map(p).join('')}${after}`);
            expect(keepsAll(run, after === opinion ? story : [...story, ...more])).toBe(true);
            const shown = after === opinion ? replies.slice(0, 2) : after === midway ? replies : [];
            for (const r of shown) expect(run.kept).toContain(r.body);
          }
        },
      ),
      { numRuns: RUNS, seed: 20261208 },
    );
  });
});
