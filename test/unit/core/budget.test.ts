/**
 * The time budget (core/budget.ts): past its deadline the reader gets the article that is ready, and the
 * Article says what was skipped so the reader can be told. The deadline is forced, never timed.
 */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { deadlineBudget } from '../../../src/core/budget.js';

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
    expect(article.skipped).toEqual(['prune']);
  });
});
