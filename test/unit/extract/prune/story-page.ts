/**
 * The harness the prune rules' generated-page property tests share: a story of generated paragraphs, a piece of
 * furniture placed in it, and the whole prune pass run over the result as it runs after Readability.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { pruneArticle, type PruneInput } from '../../../../src/core/extract/prune/index.js';
import { paragraph } from './prose.js';

/** Generated pages per property. */
export const RUNS = 60;

export interface Run {
  /** The article's text after the pass, white space collapsed. */
  kept: string;
  /** The text of each removal. */
  removed: string[];
  /** The reason each removal was recorded under (`prune:…`), in the same order. */
  reasons: string[];
}

/** The prune pass over `html` (Readability's article, as it would hand it over). */
export function prune(
  html: string,
  title = 'Council backs new bridge',
  byline: string | null = null,
  page: Pick<PruneInput, 'signatures' | 'forumTopic'> = {},
): Run {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  const removals = pruneArticle(root, { title, byline, articleBody: null, ...page });
  return {
    kept: (root.textContent ?? '').replace(/\s+/g, ' '),
    removed: removals.map((r) => r.text),
    reasons: removals.map((r) => r.reason),
  };
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every paragraph of `story` is still there, word for word. */
export const keepsAll = (run: Run, story: string[]) => story.every((p) => run.kept.includes(squash(p)));
export const p = (text: string) => `<p>${text}</p>`;

/** A story of paragraphs with `furniture` inserted at `at` (clamped). */
export function place(story: string[], furniture: string, at: number): string {
  const blocks = story.map(p);
  blocks.splice(Math.min(at, blocks.length), 0, furniture);
  return blocks.join('');
}

export const englishStory = fc.array(paragraph, { minLength: 4, maxLength: 8 });

/**
 * The property every line rule's test closes with: each of `sentences`, set in a generated story as a paragraph of
 * its own, takes nothing — the story and the sentence stay word for word.
 */
export function expectSentencesStay(sentences: readonly string[], story = englishStory): void {
  fc.assert(
    fc.property(story, fc.constantFrom(...sentences), (paragraphs, sentence) => {
      const run = prune(place(paragraphs, p(sentence), 2));
      expect(keepsAll(run, [...paragraphs, sentence])).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

/**
 * The property every line rule's test opens with: each of `lines` (its HTML and the text a reader would see), set in a
 * generated story at any place, goes — and the story stays word for word.
 */
export function expectLinesGo(lines: fc.Arbitrary<{ html: string; text: string }>, story = englishStory): void {
  fc.assert(
    fc.property(story, lines, fc.nat(8), (paragraphs, line, at) => {
      const run = prune(place(paragraphs, line.html, at));
      expect(run.kept).not.toContain(line.text);
      expect(keepsAll(run, paragraphs)).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

/**
 * The property of a line that closes a page (a list's title left at the foot, a contact): each of `lines`, set under a
 * generated story as a paragraph of its own, goes — and the story stays word for word.
 */
export function expectClosingLinesGo(lines: fc.Arbitrary<string>, story = englishStory): void {
  fc.assert(
    fc.property(story, lines, (paragraphs, line) => {
      const run = prune(paragraphs.map(p).join('') + p(line));
      expect(run.kept).not.toContain(line);
      expect(keepsAll(run, paragraphs)).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

/**
 * The property of an insert between the paragraphs (a list of other stories under its heading, a linked teaser): each
 * of `inserts` (its HTML and the text a reader would see), set between two of the story's paragraphs, goes — and the
 * story stays word for word.
 */
export function expectInsertsGo(inserts: fc.Arbitrary<{ html: string; text: string }>, story = englishStory): void {
  fc.assert(
    fc.property(story, inserts, fc.nat(7), (paragraphs, insert, at) => {
      const run = prune(place(paragraphs, insert.html, 1 + (at % (paragraphs.length - 1))));
      expect(run.kept).not.toContain(insert.text);
      expect(keepsAll(run, paragraphs)).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

/** A line of text as its own paragraph, for `expectLinesGo`. */
export const asParagraph = (text: string) => ({ html: p(text), text });
