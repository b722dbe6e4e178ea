/**
 * Teaser cards (prune/teaser-cards.ts) on generated whole pages, through the whole pipeline: an article with a
 * run of cards in one of the templates news sites print them in (Reuters' headline-and-summary, an aggregator's
 * picture-kicker-headline-summary, a thumbnail rail, a list of headed items), after the story or boxed in its
 * middle. The cards go and every paragraph of the story stays; the same templates holding the article itself (a
 * listicle) stay whole. Seeded, so a failing page replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { pruneTeaserCards } from '../../../../src/core/extract/prune/teaser-cards.js';
import { runRule } from './prune-helper.js';
import { paragraph, phrase, sentence } from './prose.js';

interface Card {
  kicker: string;
  headline: string;
  summary: string;
}
const card = fc.record({ kicker: phrase(1, 3), headline: phrase(4, 10), summary: sentence(6, 24) });

type Template = (c: Card, i: number) => string;
/** Each template prints one card; `i` makes its address unique, as every card links to its own story. */
const TEMPLATES: Record<string, { wrap: (cards: string) => string; card: Template }> = {
  story: {
    wrap: (cards) => `<div class="next-articles">${cards}</div>`,
    card: (c, i) =>
      `<div class="story"><div class="story-content"><a href="/news/${i}-story"><h3 class="story-title">${c.headline}</h3></a><p>${c.summary}</p></div></div>`,
  },
  aggregator: {
    wrap: (cards) => `<section class="feed">${cards}</section>`,
    card: (c, i) =>
      `<article class="fp-story"><a href="https://elsewhere.example/a/${i}"><picture><img src="https://img.example/${i}.jpg" alt=""></picture></a>` +
      `<header><p>${c.kicker}</p><h2><a href="https://elsewhere.example/a/${i}">${c.headline}</a></h2></header><p>${c.summary}</p></article>`,
  },
  rail: {
    wrap: (cards) => `<div class="rail">${cards}</div>`,
    card: (c, i) =>
      `<div class="rail__item"><div class="rail__image"><a href="https://example.test/news/${i}/"><img src="https://example.test/t/${i}.jpg" alt=""></a></div>` +
      `<div class="rail__content"><h3>${c.kicker}</h3><p>${c.headline}</p></div></div>`,
  },
  list: {
    wrap: (cards) => `<ul class="more">${cards}</ul>`,
    card: (c, i) => `<li class="teaser"><h3><a href="/topic/${i}">${c.headline}</a></h3><p>${c.summary}</p></li>`,
  },
};

function page(story: string[], cards: string, at: number): string {
  const body = story.map((p) => `<p>${p}</p>`);
  body.splice(at, 0, cards);
  return (
    `<!doctype html><html lang="en"><head><title>The town decides</title></head><body>` +
    `<header><a href="/">Home</a></header><main><article class="story-body"><h1>The town decides</h1>` +
    `${body.join('')}</article></main><footer>About us</footer></body></html>`
  );
}

const textOf = (html: string) => {
  const article = cleanHtml(html);
  return (article?.textContent ?? '').replace(/\s+/g, ' ');
};

describe('prune: teaser cards, on generated pages', () => {
  it('takes a run of cards, after the story or boxed in it, and keeps every paragraph', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 6, maxLength: 10 }),
        fc.array(card, { minLength: 3, maxLength: 6 }),
        fc.constantFrom(...Object.keys(TEMPLATES)),
        fc.boolean(),
        (story, cards, name, atEnd) => {
          const t = TEMPLATES[name]!;
          const html = page(story, t.wrap(cards.map((c, i) => t.card(c, i)).join('')), atEnd ? story.length : 3);
          const text = textOf(html);
          for (const p of story) expect(text).toContain(p);
          for (const c of cards) {
            expect(text).not.toContain(c.headline);
            if (name !== 'rail') expect(text).not.toContain(c.summary);
          }
        },
      ),
      { seed: 1414, numRuns: 24 },
    );
  });

  it('keeps the same templates when they hold the article (a listicle)', () => {
    fc.assert(
      fc.property(
        paragraph,
        fc.array(fc.record({ kicker: phrase(1, 3), headline: phrase(4, 10), summary: paragraph }), {
          minLength: 4,
          maxLength: 8,
        }),
        fc.constantFrom('story', 'list'),
        (intro, items, name) => {
          const t = TEMPLATES[name]!;
          const text = textOf(page([intro], t.wrap(items.map((c, i) => t.card(c, i)).join('')), 1));
          for (const c of items) expect(text).toContain(c.summary);
        },
      ),
      { seed: 1415, numRuns: 12 },
    );
  });

  it('never takes a gallery (pictures linking to their files), footnotes, or two cards', () => {
    const gallery = [1, 2, 3, 4]
      .map(
        (i) =>
          `<figure class="g"><a href="/img/${i}.jpg"><img src="/img/${i}.jpg" alt=""></a><p>The ferry at the harbour in winter, seen from the old tower number ${i}.</p></figure>`,
      )
      .join('');
    const notes = [1, 2, 3]
      .map(
        (i) =>
          `<p class="fn"><a href="#ref${i}">Note ${i} of the report</a> on the survey of the canal and its locks.</p>`,
      )
      .join('');
    const pair = [1, 2]
      .map(
        (i) =>
          `<div class="story"><a href="/news/${i}"><h3>Council votes on the bridge ${i}</h3></a><p>The vote on the bridge comes after a long debate.</p></div>`,
      )
      .join('');
    const r = runRule(pruneTeaserCards, gallery + notes + pair);
    expect(r.removed).toEqual([]);
  });
});
