/**
 * Link blocks after the story's last paragraph (prune/tail-links.ts), on generated whole pages through the whole
 * pipeline: a story, then one of the shapes sites print their pointers away in (a list of linked headlines under
 * a heading in any language, one linked headline a line, a previous/next pair, a tag line). The pointers go and
 * every paragraph stays. Look-alikes stay whole: a roundup whose links are the article, a story whose last
 * paragraph holds a link, links between the paragraphs. Seeded, so a failing page replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { pruneTailLinks } from '../../../../src/core/extract/prune/tail-links.js';
import { paragraphs, runRule } from './prune-helper.js';
import { paragraph, phrase, sentence } from './prose.js';

/** Headings in the languages of the pages Winnow reads, and none at all: the rule must not depend on them. */
const heading = fc.constantFrom(
  '',
  'Mehr zum Thema',
  'Lire aussi',
  'Leggi anche',
  'Veja também',
  '相关新闻',
  'Zobacz też',
);

type Shape = (headlines: string[], head: string) => string;
const SHAPES: Record<string, Shape> = {
  list: (hs, head) =>
    `${head ? `<h3>${head}</h3>` : ''}<ul>${hs.map((h, i) => `<li><a href="/news/${i}-story">${h}</a></li>`).join('')}</ul>`,
  lines: (hs, head) =>
    `${head ? `<p><strong>${head}</strong></p>` : ''}${hs.map((h, i) => `<p><a href="/a/${i}">${h}</a></p>`).join('')}`,
  pager: (hs) =>
    `<div class="nav-links"><div>« <a href="/prev">${hs[0]}</a></div><div><a href="/next">${hs[1]}</a> »</div></div>`,
  tags: (hs) => `<div>${hs.map((h, i) => `<a href="/tag/${i}">${h}</a>`).join(', ')}</div>`,
};

function page(story: string[], after: string): string {
  return (
    `<!doctype html><html lang="en"><head><title>The town decides</title></head><body>` +
    `<main><article><h1>The town decides</h1>${paragraphs(story)}${after}</article></main>` +
    `</body></html>`
  );
}

const textOf = (html: string) => (cleanHtml(html)?.textContent ?? '').replace(/\s+/g, ' ');

describe('prune: link blocks after the story', () => {
  it('takes the links after the last paragraph, whatever their heading says, and keeps every paragraph', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 4, maxLength: 8 }),
        fc.array(phrase(4, 10), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(...Object.keys(SHAPES)),
        heading,
        (story, headlines, shape, head) => {
          const text = textOf(page(story, SHAPES[shape]!(headlines, head)));
          for (const p of story) expect(text).toContain(p);
          for (const h of shape === 'pager' ? headlines.slice(0, 2) : headlines) expect(text).not.toContain(h);
        },
      ),
      { seed: 2024, numRuns: 30 },
    );
  });

  it('keeps a roundup: links after a short introduction are the article', () => {
    fc.assert(
      fc.property(sentence(12, 20), fc.array(phrase(6, 14), { minLength: 6, maxLength: 12 }), (intro, items) => {
        const text = textOf(page([intro], SHAPES.list!(items, '')));
        for (const item of items) expect(text).toContain(item);
      }),
      { seed: 2025, numRuns: 20 },
    );
  });

  it('keeps a last paragraph with a link in it, and links between the paragraphs', () => {
    const r = runRule(
      pruneTailLinks,
      '<ul><li><a href="/a">The bridge plan</a></li><li><a href="/b">The vote in full</a></li></ul>' +
        '<p>The full report is <a href="/report">on the council website</a>, and the next meeting is on the first Monday of May.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('keeps the links the last paragraph announces', () => {
    const r = runRule(
      pruneTailLinks,
      '<p>If gambling is causing you harm, help is free and confidential, and you can reach it any day of the week:</p>' +
        '<p><a href="https://www.gamcare.org.uk/">GamCare</a> · <a href="https://www.begambleaware.org/">BeGambleAware</a></p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('leaves an article of links with no prose alone', () => {
    const r = runRule(pruneTailLinks, '<ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul>', {
      before: '',
    });
    expect(r.removed).toEqual([]);
  });
});
