/**
 * A gallery's captions set out as numbered lines (captions.ts): "Firefox Aurora [2/10]" under a story, as Golem and
 * other European sites print a picture gallery's thumbnails. Over generated stories: three or more lines numbered
 * in one gallery (one size, different places; square or round brackets; captions of one to twelve words) all go and
 * every paragraph stays; one or two such lines, or lines whose sizes differ (a score, "the motion passed (3/4)"),
 * stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishStory, keepsAll, p, place, prune, RUNS, squash } from './story-page.js';
import { phrase } from './prose.js';

const gallery = fc
  .record({
    size: fc.integer({ min: 3, max: 24 }),
    square: fc.boolean(),
    captions: fc.array(phrase(1, 12), { minLength: 3, maxLength: 10 }),
  })
  .chain((g) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: g.size }), {
        minLength: Math.min(3, g.size),
        maxLength: Math.min(g.captions.length, g.size),
      })
      .map((places) => ({ ...g, places })),
  );

const numbered = (caption: string, place: number, size: number, square: boolean) =>
  square ? `${caption} [${place}/${size}]` : `${caption} (${place}/${size})`;

describe("a gallery's numbered captions", () => {
  it('go when three or more share one gallery, and the story stays', () => {
    fc.assert(
      fc.property(englishStory, gallery, fc.nat(10), (story, g, at) => {
        const lines = g.places.map((n, i) => numbered(g.captions[i % g.captions.length]!, n, g.size, g.square));
        const run = prune(place(story, lines.map(p).join(''), at));
        expect(keepsAll(run, story)).toBe(true);
        for (const line of lines) expect(run.kept).not.toContain(squash(line));
      }),
      { numRuns: RUNS, seed: 20261209 },
    );
  });

  it('stay when there are fewer than three, or their sizes differ', () => {
    fc.assert(
      fc.property(englishStory, gallery, fc.nat(10), fc.boolean(), (story, g, at, few) => {
        const lines = few
          ? g.places.slice(0, 2).map((n, i) => numbered(g.captions[i]!, n, g.size, g.square))
          : g.places.map((n, i) => numbered(g.captions[i % g.captions.length]!, n, g.size + i, g.square));
        const run = prune(place(story, lines.map(p).join(''), at));
        expect(keepsAll(run, story)).toBe(true);
        for (const line of lines) expect(run.kept).toContain(squash(line));
      }),
      { numRuns: RUNS, seed: 20261210 },
    );
  });
});
