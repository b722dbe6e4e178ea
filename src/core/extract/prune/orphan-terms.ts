/**
 * A definition list's terms whose values all went. Joomla prints an article's details as a list under one term,
 * "Details" (its author, category, dates and hits as values): once the rules take each value as furniture, the term
 * is left alone as a line of the story (with the value Readability emptied when it took the author's name out as
the byline). A list is known by what it had before the rules ran, so a list that never
 * had values (a glossary of terms alone) is not touched, nor is one that keeps any value.
 */
import { alive, remove, textOf, wordCount, type PruneContext } from './util.js';
import { elementsByTag } from '../../dom.js';

/** A term names a value: a few words. */
const MAX_TERM_WORDS = 6;

/** The lists under `root` that give values, read before the rules run. */
export const listsWithValues = (root: Element): Element[] =>
  elementsByTag(root, 'dl').filter((dl) => dl.getElementsByTagName('dd').length > 0);

/** A value a reader still sees: text, or a picture or other media without text. */
const MEDIA = 'img, picture, video, audio, iframe, svg, math, object, embed';
const shows = (dd: Element): boolean => textOf(dd) !== '' || dd.querySelector(MEDIA) !== null;

export function pruneOrphanTerms(ctx: PruneContext, lists: readonly Element[]): void {
  for (const dl of lists) {
    if (!alive(ctx, dl) || elementsByTag(dl, 'dd').some(shows)) continue;
    const terms = elementsByTag(dl, 'dt');
    if (terms.every((term) => wordCount(textOf(term)) <= MAX_TERM_WORDS)) remove(ctx, dl, 'orphan-term');
  }
}
