/**
 * Readers' comments (prune/comments.ts) on generated whole pages, through the whole pipeline: a story followed
 * by a thread in one of the templates sites print them in — a German `kommentar` list signed in its header, a
 * Spanish `comentario` block, replies signed at their foot — none with the `comment` class Readability drops. The
 * thread goes and every paragraph stays; a chronology, a live blog and a forum thread, shaped alike, stay whole.
 * Seeded, so a failing page replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';

const WORDS = (
  'river council bridge morning harbour winter valley market garden station village engineer mayor budget ' +
  'school library road tower festival farmer ferry island orchard museum railway quarry meadow lantern canal ' +
  'weather traffic plan vote repair opening season report survey builder workshop'
).split(' ');

const word = fc.constantFrom(...WORDS);
const sentence = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((ws) => {
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  });
const paragraph = fc.array(sentence(8, 16), { minLength: 3, maxLength: 5 }).map((ss) => ss.join(' '));
const name = fc.constantFrom('Peter M.', 'anna_k', 'Jordi Puig', 'Sam Lee', 'Lotte', 'Kwame Mensah');

interface Comment {
  name: string;
  day: number;
  hour: number;
  body: string;
}
const comment = fc.record({
  name,
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  body: fc.array(sentence(4, 14), { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')),
});
const two = (n: number) => String(n).padStart(2, '0');

const THREADS: Record<string, (cs: Comment[]) => string> = {
  german: (cs) =>
    `<section class="kommentare"><h2>${cs.length} Kommentare</h2><ol class="kommentar-liste">` +
    cs
      .map(
        (c) =>
          `<li class="kommentar"><div class="kopf"><span class="name">${c.name}</span> <time>${two(c.day)}.03.2019 um ${two(c.hour)}:35</time></div><p>${c.body}</p></li>`,
      )
      .join('') +
    `</ol></section>`,
  spanish: (cs) =>
    `<div id="comentarios">` +
    cs
      .map(
        (c) =>
          `<div class="comentario"><p class="autor">${c.name} – 2019-03-${two(c.day)} ${two(c.hour)}:10</p><p>${c.body}</p></div>`,
      )
      .join('') +
    `</div>`,
  footer: (cs) =>
    `<div class="responses">` +
    cs
      .map(
        (c) =>
          `<div class="response"><p>${c.body}</p><p>— ${c.name}, March ${c.day}, 2019 at ${c.hour % 12 || 12}:05 pm</p></div>`,
      )
      .join('') +
    `</div>`,
};

function page(story: string[], after: string): string {
  return (
    `<!doctype html><html lang="en"><head><title>The town decides</title></head><body>` +
    `<main><article class="story-body"><h1>The town decides</h1>${story.map((p) => `<p>${p}</p>`).join('')}` +
    `${after}</article></main></body></html>`
  );
}

const textOf = (html: string) => (cleanHtml(html)?.textContent ?? '').replace(/\s+/g, ' ');

describe('prune: comment threads, on generated pages', () => {
  it('takes a signed thread after the story, in any template, and keeps every paragraph', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 5, maxLength: 9 }),
        fc.array(comment, { minLength: 3, maxLength: 7 }),
        fc.constantFrom(...Object.keys(THREADS)),
        (story, comments, template) => {
          const text = textOf(page(story, THREADS[template]!(comments)));
          for (const p of story) expect(text).toContain(p);
          for (const c of comments) expect(text).not.toContain(c.body);
        },
      ),
      { seed: 1416, numRuns: 18 },
    );
  });

  it('keeps a chronology (dates, no times), a live blog (times, no dates) and a forum thread (no story before)', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 5, maxLength: 7 }),
        fc.array(comment, { minLength: 3, maxLength: 6 }),
        (story, entries) => {
          const chronology =
            `<ul class="chronik">` +
            entries.map((c) => `<li class="eintrag"><h4>${c.day}. März 2019</h4><p>${c.body}</p></li>`).join('') +
            `</ul>`;
          const live =
            `<div class="ticker">` +
            entries.map((c) => `<div class="entry"><p>${two(c.hour)}:35 Uhr</p><p>${c.body}</p></div>`).join('') +
            `</div>`;
          for (const after of [chronology, live]) {
            const text = textOf(page(story, after));
            for (const c of entries) expect(text).toContain(c.body);
          }
          const forum = textOf(page([], THREADS.german!(entries)));
          for (const c of entries) expect(forum).toContain(c.body);
        },
      ),
      { seed: 1417, numRuns: 10 },
    );
  });
});
