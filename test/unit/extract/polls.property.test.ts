/**
 * Polls and quizzes in the story (polls.ts), over generated pages: a widget of a kind line ("Sonda", "Umfrage",
 * "Poll", "QUIZ. …" with a counter), a question, two to five answers each a radio button and its label (in a
 * `<label>`, a `<span>` or bare text), and a vote button, set between the story's paragraphs. The whole clean runs, as
 * on a page. The widget goes, recorded; every paragraph stays. A recipe's ingredients drawn as checkboxes, and a lone
 * radio button beside a paragraph, stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { reportParagraphs } from './prune/prose.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261207;
const PAGE = 'https://www.valley-courier.example/2024/05/14/bridge-repairs/';
const KINDS = ['Sonda', 'Umfrage', 'Poll', 'QUIZ. How well do you know the valley? Question 1 of 10'];
const QUESTIONS = ['Should the council rebuild the old stone bridge?', 'Czy Śląsk Wrocław utrzyma się w lidze?'];
const ANSWERS = ['Yes', 'No', 'I do not know yet', 'Only with a toll', 'Tak', 'Nie mam zdania'];

const widget = fc.record({
  kind: fc.constantFrom(...KINDS),
  question: fc.constantFrom(...QUESTIONS),
  answers: fc.shuffledSubarray(ANSWERS, { minLength: 2, maxLength: 5 }),
  label: fc.constantFrom('label', 'span', 'bare'),
  at: fc.nat(),
});

function poll(w: { kind: string; question: string; answers: string[]; label: string }): string {
  const answers = w.answers.map((a, i) => {
    const input = `<input type="radio" name="answer" id="qa-${i}" value="${i}">`;
    const text =
      w.label === 'bare'
        ? a
        : `<${w.label} class="answer__title"${w.label === 'label' ? ` for="qa-${i}"` : ''}>${a}</${w.label}>`;
    return `<div class="answer">${input}${text}</div>`;
  });
  return `<div class="widget"><div class="kind">${w.kind}</div><div class="question">${w.question}</div>${answers.join('')}<button>Vote</button></div>`;
}

const page = (blocks: string[]) =>
  `<!doctype html><html lang="en"><head><title>Council backs bridge repairs</title>
    <link rel="canonical" href="${PAGE}"></head><body>
    <article><h1>Council backs bridge repairs</h1>${blocks.join('')}</article></body></html>`;

describe('extract: polls and quizzes in the story', () => {
  it('go, wherever they stand and however their answers are written, and the story stays whole', () => {
    fc.assert(
      fc.property(reportParagraphs(6, 10), widget, (paragraphs, w) => {
        const blocks = paragraphs.map((p) => `<p>${p}</p>`);
        blocks.splice(1 + (w.at % (blocks.length - 1)), 0, poll(w));
        const article = cleanHtml(page(blocks), { url: PAGE });
        const text = (article?.textContent ?? '').replace(/\s+/g, ' ');
        for (const p of paragraphs) expect(text).toContain(p);
        expect(text).not.toContain(w.question);
        const lines = (article?.textContent ?? '').split('\n').map((line) => line.trim());
        for (const a of w.answers) expect(lines).not.toContain(a);
        expect(article?.removed.some((r) => r.reason === 'prune:poll' && r.text.includes(w.question))).toBe(true);
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it('leave checkbox lists and a lone radio button as they are', () => {
    fc.assert(
      fc.property(reportParagraphs(6, 10), (paragraphs) => {
        const ingredients = ['2 cups of flour', '1 teaspoon of salt', '3 large eggs'];
        const checklist = `<ul>${ingredients.map((i) => `<li><label><input type="checkbox"> ${i}</label></li>`).join('')}</ul>`;
        const lone = '<p><label><input type="radio" name="unit"> Metric units</label></p>';
        const blocks = [...paragraphs.map((p) => `<p>${p}</p>`)];
        blocks.splice(2, 0, checklist, lone);
        const text = (cleanHtml(page(blocks), { url: PAGE })?.textContent ?? '').replace(/\s+/g, ' ');
        for (const p of paragraphs) expect(text).toContain(p);
        for (const i of ingredients) expect(text).toContain(i);
        expect(text).toContain('Metric units');
      }),
      { numRuns: 10, seed: SEED + 1 },
    );
  });
});
