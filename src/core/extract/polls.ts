/**
 * Polls and quizzes set in the story: a question and its answers to pick one of ("Sonda: Czy Śląsk Wrocław utrzyma
 * się w PKO Ekstraklasie? Tak / Nie", "QUIZ. Pytanie 1 z 10 …"), each answer a radio button and its label. A reader
 * view cannot vote, and the question is the site's to the reader, not the story's: Readability drops the buttons and
 * keeps the labels as a column of stray words. Taken before Readability, from the buttons themselves: the widest box
 * around a group of two or more radio buttons that holds only short lines (the widget's kind, the question, the
 * answers, its counter and button) and no other field (a sign-up form's address box and language menu make it a
 * sign-up: only its "HTML / Text" choice goes). Checkboxes are not taken: a recipe draws its ingredients as
 * checkboxes (checklists.ts).
 */
import type { Removal } from '../types.js';
import { collapsedText, elementsByTag } from '../dom.js';
import { blockText } from '../text.js';
import { removalText, wordCount } from './prune/util.js';

/** A poll's box is a few short lines: more words than this is the story around it. */
const MAX_BOX_WORDS = 80;
/** …each line a label, a question or a counter. */
const MAX_LINE_WORDS = 25;
/** …an answer a line, and a few more: the widget's kind, the question, a counter, the vote button. */
const MAX_LINES_BESIDE_ANSWERS = 4;
/** Radio buttons a box must hold to be a poll: one alone is a setting. */
const MIN_ANSWERS = 2;
/** A paragraph of this many words is a sentence of the story: a box holding one is past the poll. */
const SENTENCE_WORDS = 12;

/** The radio buttons of `box`. */
const radios = (box: Element): number =>
  elementsByTag(box, 'input').filter((input) => input.getAttribute('type')?.toLowerCase() === 'radio').length;

/** Fields a poll has none of: a form asking for an address, a language or a consent is a sign-up, not a vote. */
const OTHER_FIELDS =
  'select, textarea, input:not([type=radio i]):not([type=submit i]):not([type=button i]):not([type=hidden i])';

/**
 * Whether `box` is no more than a poll: no other field, a few short lines, an answer each but for a few, none a
 * paragraph of the story.
 */
function onlyPoll(box: Element, answers: number): boolean {
  if (box.querySelector(OTHER_FIELDS)) return false;
  const lines = blockText(box)
    .split('\n')
    .filter((line) => line.trim());
  if (lines.length > answers + MAX_LINES_BESIDE_ANSWERS) return false;
  if (wordCount(lines.join(' ')) > MAX_BOX_WORDS || !lines.every((line) => wordCount(line) <= MAX_LINE_WORDS))
    return false;
  return !elementsByTag(box, 'p').some((p) => wordCount(collapsedText(p)) >= SENTENCE_WORDS);
}

/** Takes every poll from `doc` and returns what went, for the reader's audit. */
export function takePolls(doc: Document): Removal[] {
  const removed: Removal[] = [];
  const body = doc.body;
  if (!body) return removed;
  for (const input of elementsByTag(body, 'input')) {
    if (input.getAttribute('type')?.toLowerCase() !== 'radio' || !body.contains(input)) continue;
    let box: Element | null = null;
    for (let up = input.parentElement; up && up !== body; up = up.parentElement) {
      const answers = radios(up);
      if (!onlyPoll(up, answers)) break;
      if (answers >= MIN_ANSWERS) box = up;
    }
    if (!box) continue;
    const text = removalText(box);
    if (text) removed.push({ reason: 'prune:poll', text });
    box.remove();
  }
  return removed;
}
