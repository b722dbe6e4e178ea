/**
 * The time budget (core/budget.ts): past its deadline the reader gets the article that is ready, and the
 * Article says what was skipped so the reader can be told. The deadline is forced, never timed.
 */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { cleanDeadline, deadlineBudget } from '../../../src/core/budget.js';
import { purify } from '../../../src/core/purify.js';
import { JSDOM } from 'jsdom';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a long and perfectly ordinary article about rivers, bridges and the people who cross them every single morning on their way to work.</p>`;
const page =
  `<!doctype html><html lang="en"><head><title>The bridges of the river city</title></head><body><article>` +
  `<h1>The bridges of the river city</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}` +
  `<p>© 2019 Capitol Hill Publishing Corp. All rights reserved.</p></article></body></html>`;

describe('deadlineBudget', () => {
  it('is overdue from its deadline on, and stays so', () => {
    let clock = 10;
    const budget = deadlineBudget(20, () => clock);
    expect(budget.overdue()).toBe(false);
    clock = 20;
    expect(budget.overdue()).toBe(true);
    clock = 5; // a clock that steps back does not give the time back
    expect(budget.overdue()).toBe(true);
  });

  it('records each skipped stage once, in order', () => {
    const budget = deadlineBudget(0, () => 1);
    budget.skip('prune');
    budget.skip('visibility');
    budget.skip('prune');
    expect(budget.skipped).toEqual(['prune', 'visibility']);
  });
});

describe('clean() with a time budget', () => {
  it('cleans the whole way when the budget is not reached, and says nothing', () => {
    const article = cleanHtml(page, { budget: deadlineBudget(Infinity, () => 0) })!;
    expect(article.textContent).not.toContain('All rights reserved');
    expect(article.removed.some((r) => r.reason.startsWith('prune:'))).toBe(true);
    expect(article).not.toHaveProperty('skipped');
  });

  it('past the deadline still gives the whole article, with the clean-up it skipped named', () => {
    const article = cleanHtml(page, { budget: deadlineBudget(0, () => 1) })!;
    expect(article).not.toBeNull();
    for (const n of [1, 2, 3, 4, 5, 6]) expect(article.textContent).toContain(`Paragraph ${n} of a long`);
    // The prune rules did not run: the footer line they take is still there, and nothing says it was pruned.
    expect(article.textContent).toContain('All rights reserved');
    expect(article.removed.filter((r) => r.reason.startsWith('prune:'))).toEqual([]);
    expect(article.skipped).toEqual(['prune', 'purify']);
  });

  it('past the deadline leaves the sanitising to the sinks: the same text, and what a sink shows is sanitised', () => {
    const hostile = page.replace('<h1>', '<img src="x.png" onerror="alert(1)"><h1>');
    const late = cleanHtml(hostile, { budget: deadlineBudget(0, () => 1) })!;
    const whole = cleanHtml(hostile, { budget: deadlineBudget(Infinity, () => 0) })!;
    expect(late.skipped).toContain('purify');
    // The reader reads the same words either way (the prune rules aside, which the late clean skipped too).
    for (const n of [1, 2, 3, 4, 5, 6]) expect(late.textContent).toContain(`Paragraph ${n} of a long`);
    // Unsanitised as handed over; every sink purifies it, and then it is what a sanitised clean gives.
    expect(late.content).toContain('onerror');
    const { window } = new JSDOM('');
    const shown = purify(late.content, window as unknown as Window);
    expect(shown).not.toContain('onerror');
    expect(shown).toMatch(/<img src="[^"]*x\.png">/);
    expect(whole.content).not.toContain('onerror');
  });
});

describe('cleanDeadline', () => {
  it('gives an ordinary page the whole budget and sets aside time for the mandatory stages of a huge one', () => {
    expect(cleanDeadline(1000, 1500, 2_000)).toBeGreaterThanOrEqual(1000 + 1400);
    expect(cleanDeadline(1000, 1500, 100_000)).toBe(1000 + 100);
    expect(cleanDeadline(1000, 0, 100_000)).toBe(1000); // a test's zero budget stays zero
  });

  it('never moves later as the page grows, and never before the least the optional work gets', () => {
    let last = Infinity;
    for (let elements = 0; elements <= 300_000; elements += 5_000) {
      const deadline = cleanDeadline(0, 1500, elements);
      expect(deadline).toBeLessThanOrEqual(last);
      expect(deadline).toBeGreaterThanOrEqual(100);
      last = deadline;
    }
  });
});
